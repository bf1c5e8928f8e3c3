package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsextract/newsextract/rules"
)

// holiday is a day of the year given by name ("Christmas Day",
// "Thanksgiving"): a fixed day, the nth weekday of a month, or a number
// of days from Easter Sunday.
type holiday struct {
	// words are the lower-case tokens of the name.
	words []string
	// month and day fix the date; when nth is not 0 the date is the nth
	// weekday (1 Monday … 7 Sunday) of month, counted from the end when
	// nth is negative; when easter is set it is day days from Easter.
	month, day   int
	nth, weekday int
	easter       bool
}

// date returns the day of h in year y.
func (h *holiday) date(y int) time.Time {
	switch {
	case h.easter:
		return easterSunday(y).AddDate(0, 0, h.day)
	case h.nth > 0:
		first := time.Date(y, time.Month(h.month), 1, 0, 0, 0, 0, time.UTC)
		off := (h.weekday - isoWeekday(first) + 7) % 7
		return first.AddDate(0, 0, off+7*(h.nth-1))
	case h.nth < 0:
		last := time.Date(y, time.Month(h.month)+1, 0, 0, 0, 0, 0, time.UTC)
		off := (isoWeekday(last) - h.weekday + 7) % 7
		return last.AddDate(0, 0, -off+7*(h.nth+1))
	}
	return time.Date(y, time.Month(h.month), h.day, 0, 0, 0, 0, time.UTC)
}

// isoWeekday returns the ISO weekday of t: 1 Monday … 7 Sunday.
func isoWeekday(t time.Time) int { return (int(t.Weekday())+6)%7 + 1 }

// easterSunday returns Easter Sunday of year y in the Gregorian calendar
// (the anonymous Gregorian algorithm).
func easterSunday(y int) time.Time {
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

// loadHolidays reads rules/holidays.tsv into a map from the first word of
// each name to the holidays it opens, longest name first.
func loadHolidays(rs *rules.Set) (map[string][]*holiday, error) {
	entries, err := rs.List("holidays.tsv", 2, 2)
	if err != nil {
		return nil, err
	}
	out := map[string][]*holiday{}
	for _, e := range entries {
		h, err := parseHolidayRule(e.Fields[1])
		if err != nil {
			return nil, fmt.Errorf("%s:%d: %w", e.File, e.Line, err)
		}
		// The tokenizer splits off a possessive "'s".
		for _, w := range strings.Fields(lower(e.Fields[0])) {
			if base, ok := strings.CutSuffix(w, "'s"); ok {
				h.words = append(h.words, base, "'s")
				continue
			}
			h.words = append(h.words, w)
		}
		first := h.words[0]
		list := append(out[first], h)
		for i := len(list) - 1; i > 0 && len(list[i].words) > len(list[i-1].words); i-- {
			list[i], list[i-1] = list[i-1], list[i]
		}
		out[first] = list
	}
	return out, nil
}

// parseHolidayRule reads "12-25" (a fixed day), "11 4 4" (month, nth,
// weekday: the fourth Thursday of November; nth -1 is the last) or
// "easter -2" (days from Easter Sunday).
func parseHolidayRule(s string) (*holiday, error) {
	bad := fmt.Errorf("bad holiday rule %q", s)
	var nums []int
	f := strings.Fields(s)
	if len(f) == 1 {
		f = strings.Split(f[0], "-")
	}
	easter := len(f) == 2 && f[0] == "easter"
	if easter {
		f = f[1:]
	}
	for _, w := range f {
		n, err := strconv.Atoi(w)
		if err != nil {
			return nil, bad
		}
		nums = append(nums, n)
	}
	switch {
	case easter && len(nums) == 1 && nums[0] > -60 && nums[0] < 60:
		return &holiday{easter: true, day: nums[0], month: 4}, nil
	case easter:
	case len(nums) == 2 && nums[0] >= 1 && nums[0] <= 12 && nums[1] >= 1 && nums[1] <= 31:
		return &holiday{month: nums[0], day: nums[1]}, nil
	case len(nums) == 3 && nums[0] >= 1 && nums[0] <= 12 && nums[1] != 0 && nums[1] >= -5 && nums[1] <= 5 &&
		nums[2] >= 1 && nums[2] <= 7:
		return &holiday{month: nums[0], nth: nums[1], weekday: nums[2]}, nil
	}
	return nil, bad
}
