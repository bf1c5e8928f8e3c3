// Package timex holds the calendar arithmetic of the date stage that does
// not depend on tokens: Easter, the nth weekday of a month, the weekday
// nearest a day. The date grammar (package extract) reads the text and
// calls these to turn a reference day into a value.
package timex

import "time"

// ISOWeekday returns the ISO weekday of t: 1 Monday … 7 Sunday.
func ISOWeekday(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 }

// EasterSunday returns Easter Sunday of year y in the Gregorian calendar
// (the anonymous Gregorian algorithm).
func EasterSunday(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// NthWeekday returns the nth weekday wd (1 Monday … 7 Sunday) of month in
// year y, counted from the end of the month when nth is negative (-1 the
// last). nth must not be 0.
func NthWeekday(y, month, nth, wd int) time.Time {
	if nth > 0 {
		first := time.Date(y, time.Month(month), 1, 0, 0, 0, 0, time.UTC)
		off := (wd - ISOWeekday(first) + 7) % 7
		return first.AddDate(0, 0, off+7*(nth-1))
	}
	last := time.Date(y, time.Month(month)+1, 0, 0, 0, 0, 0, time.UTC)
	off := (ISOWeekday(last) - wd + 7) % 7
	return last.AddDate(0, 0, -off+7*(nth+1))
}

// ShiftWeekday returns the weekday wd (1 Monday … 7 Sunday) nearest t: the
// last one on or before t when shift is 0 ("Sunday" in news is most often
// past) or the first one on or after t when the sentence speaks of the
// future, the last one before t when shift is -1 ("last Monday"), the
// first one after t when shift is 1 ("next Monday").
func ShiftWeekday(t time.Time, wd, shift int, future bool) time.Time {
	back := ISOWeekday(t) - wd // days since the last wd
	if back < 0 {
		back += 7
	}
	switch {
	case shift > 0:
		return t.AddDate(0, 0, 7-back)
	case shift < 0 && back == 0:
		return t.AddDate(0, 0, -7)
	case shift == 0 && future && back > 0:
		return t.AddDate(0, 0, 7-back)
	}
	return t.AddDate(0, 0, -back)
}
