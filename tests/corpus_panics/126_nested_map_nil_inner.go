//go:build ignore

// A write into an inner map never made.
package main

import (
	"fmt"
)

//cell

type Config struct{ sections map[string]map[string]string }

func (c *Config) Set(section, key, value string) {
	c.sections[section][key] = value
}

//cell

func main() {
	c := &Config{sections: map[string]map[string]string{"core": {}}}
	c.Set("core", "editor", "vi")
	fmt.Println(c.sections)
	c.Set("user", "name", "ann")
}
