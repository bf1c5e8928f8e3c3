package timex

import (
	"testing"
	"time"
)

func day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestEasterSunday(t *testing.T) {
	for _, tt := range []struct {
		year int
		want string
	}{
		{1961, "1961-04-02"}, {2000, "2000-04-23"}, {2008, "2008-03-23"}, {2019, "2019-04-21"},
		{2024, "2024-03-31"}, {2038, "2038-04-25"},
	} {
		if got := EasterSunday(tt.year).Format("2006-01-02"); got != tt.want {
			t.Errorf("EasterSunday(%d) = %s, want %s", tt.year, got, tt.want)
		}
	}
}

func TestNthWeekday(t *testing.T) {
	for _, tt := range []struct {
		name                 string
		year, month, nth, wd int
		want                 string
	}{
		{"fourth Thursday of November", 2023, 11, 4, 4, "2023-11-23"},
		{"first Monday of September", 2024, 9, 1, 1, "2024-09-02"},
		{"last Monday of May", 2021, 5, -1, 1, "2021-05-31"},
		{"last Sunday of February in a leap year", 2024, 2, -1, 7, "2024-02-25"},
		{"first day is the weekday", 2023, 5, 1, 1, "2023-05-01"},
	} {
		if got := NthWeekday(tt.year, tt.month, tt.nth, tt.wd).Format("2006-01-02"); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestShiftWeekday(t *testing.T) {
	const ref = "2023-12-20" // a Wednesday
	for _, tt := range []struct {
		name      string
		wd, shift int
		future    bool
		want      string
	}{
		{"bare weekday counts back", 5, 0, false, "2023-12-15"},
		{"bare weekday, the same day", 3, 0, false, "2023-12-20"},
		{"future weekday counts forward", 5, 0, true, "2023-12-22"},
		{"future, the same day", 3, 0, true, "2023-12-20"},
		{"last Monday", 1, -1, false, "2023-12-18"},
		{"last Wednesday is a week back", 3, -1, false, "2023-12-13"},
		{"next Monday", 1, 1, false, "2023-12-25"},
		{"next Wednesday is a week on", 3, 1, false, "2023-12-27"},
	} {
		if got := ShiftWeekday(day(ref), tt.wd, tt.shift, tt.future).Format("2006-01-02"); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
}

func TestISOWeekday(t *testing.T) {
	if got := ISOWeekday(day("2023-12-24")); got != 7 {
		t.Errorf("Sunday = %d, want 7", got)
	}
	if got := ISOWeekday(day("2023-12-18")); got != 1 {
		t.Errorf("Monday = %d, want 1", got)
	}
}
