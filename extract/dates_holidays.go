package extract

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsextract/newsextract/extract/timex"
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
		return timex.EasterSunday(y).AddDate(0, 0, h.day)
	case h.nth != 0:
		return timex.NthWeekday(y, h.month, h.nth, h.weekday)
	}
	return time.Date(y, time.Month(h.month), h.day, 0, 0, 0, 0, time.UTC)
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
	if h, ok := holidayOf(easter, nums); ok {
		return h, nil
	}
	return nil, bad
}

// holidayOf returns the holiday of the numbers of a rule (see
// parseHolidayRule), or false when they give none.
func holidayOf(easter bool, nums []int) (*holiday, bool) {
	switch {
	case easter && len(nums) == 1 && nums[0] > -60 && nums[0] < 60:
		return &holiday{easter: true, day: nums[0], month: 4}, true
	case easter:
	case len(nums) == 2 && nums[0] >= 1 && nums[0] <= 12 && nums[1] >= 1 && nums[1] <= 31:
		return &holiday{month: nums[0], day: nums[1]}, true
	case len(nums) == 3 && nums[0] >= 1 && nums[0] <= 12 && nums[1] != 0 && nums[1] >= -5 && nums[1] <= 5 &&
		nums[2] >= 1 && nums[2] <= 7:
		return &holiday{month: nums[0], nth: nums[1], weekday: nums[2]}, true
	}
	return nil, false
}

// rule returns the numbers of the rule of h, which holidayOf reads back.
func (h *holiday) rule() (easter bool, nums []int) {
	switch {
	case h.easter:
		return true, []int{h.day}
	case h.nth != 0:
		return false, []int{h.month, h.nth, h.weekday}
	}
	return false, []int{h.month, h.day}
}
