//go:build ignore

// A config loader whose UnmarshalJSON (a cell type's, called for a field
// while json decodes) indexes past the end of what it split: json does
// not recover it, and the panic reaches main through load.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Addr struct {
	Host string
	Port string
}

func (a *Addr) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	parts := strings.Split(s, ":")
	a.Host, a.Port = parts[0], parts[1]
	return nil
}

type Config struct {
	Name string `json:"name"`
	Addr Addr   `json:"addr"`
}

//cell

func load(src string) (Config, error) {
	var c Config
	err := json.Unmarshal([]byte(src), &c)
	return c, err
}

//cell

func main() {
	c, err := load(`{"name": "api", "addr": "localhost:8080"}`)
	fmt.Println(c.Name, c.Addr.Host, c.Addr.Port, err)
	c, err = load(`{"name": "db", "addr": "nohost"}`)
	fmt.Println("not printed", c, err)
}
