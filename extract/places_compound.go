package extract

// placeCompoundWord reports whether w, glued by a hyphen after a name,
// makes the name where something is, comes from or goes: "Kessa-based",
// "Tarvo-born", "Zorvik-bound", "Dallen-headquartered".
func placeCompoundWord(w string) bool {
	switch w {
	case "based", "born", "bound", "headquartered":
		return true
	}
	return false
}
