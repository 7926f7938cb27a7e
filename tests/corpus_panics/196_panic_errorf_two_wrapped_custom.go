//go:build ignore

// Validation errors of two cell types wrapped together by one Errorf with
// two %w verbs, then passed to panic.
package main

import (
	"errors"
	"fmt"
)

//cell

type RangeErr struct {
	Field    string
	Min, Max int
	Got      int
}

func (e *RangeErr) Error() string {
	return fmt.Sprintf("%s=%d not in [%d, %d]", e.Field, e.Got, e.Min, e.Max)
}

type MissingErr string

func (e MissingErr) Error() string { return "missing " + string(e) }

//cell

func validate(cfg map[string]int) error {
	var errs []error
	if p, ok := cfg["port"]; !ok {
		errs = append(errs, MissingErr("port"))
	} else if p < 1 || p > 65535 {
		errs = append(errs, &RangeErr{"port", 1, 65535, p})
	}
	if w, ok := cfg["workers"]; !ok {
		errs = append(errs, MissingErr("workers"))
	} else if w < 1 || w > 64 {
		errs = append(errs, &RangeErr{"workers", 1, 64, w})
	}
	if len(errs) == 2 {
		return fmt.Errorf("config: %w; %w", errs[0], errs[1])
	}
	return errors.Join(errs...)
}

func mustValidate(cfg map[string]int) {
	if err := validate(cfg); err != nil {
		var re *RangeErr
		fmt.Println("range error:", errors.As(err, &re))
		panic(err)
	}
	fmt.Println("ok")
}

//cell

func main() {
	mustValidate(map[string]int{"port": 80, "workers": 4})
	mustValidate(map[string]int{"port": 0})
}
