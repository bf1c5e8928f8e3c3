package extract

// nameBeforeBody returns the end of a name read after a rank from toks[i]
// to end, cut where a body's name starts inside it after two words or
// more and goes on past it: a credit line writes the writer's unit right
// after the name, without a comma ("By Chief Petty Officer Orin Vasko
// Naval Forces Kessa Public Affairs": Orin Vasko of the press office).
// orgEnd[k] is the end of the longest organisation starting at token k.
func nameBeforeBody(orgEnd []int32, i, end int) int {
	for j := i + 2; j < end; j++ {
		if int(orgEnd[j]) > end {
			return j
		}
	}
	return end
}
