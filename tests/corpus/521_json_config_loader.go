//go:build ignore

// A JSON config loader: nested and embedded structs, a Duration with
// UnmarshalJSON/MarshalJSON, a Level with UnmarshalText/MarshalText (as a
// field and as a map key), RawMessage, a json.Decoder with
// DisallowUnknownFields, validation errors joined with errors.Join and
// taken apart with errors.As, json's type errors, and a Stringer that
// dereferences a nil pointer printed by fmt (its PANIC note).
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

type Duration struct{ time.Duration }

func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		var n float64
		if err2 := json.Unmarshal(b, &n); err2 != nil {
			return fmt.Errorf("duration: %w", err)
		}
		d.Duration = time.Duration(n) * time.Second
		return nil
	}
	v, err := time.ParseDuration(s)
	if err != nil {
		return err
	}
	d.Duration = v
	return nil
}

func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

var levelNames = []string{"debug", "info", "warn", "error"}

func (l Level) String() string { return levelNames[l] }

//cell

func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range levelNames {
		if strings.EqualFold(n, string(b)) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", b)
}

func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

type Common struct {
	Name    string            `json:"name"`
	Tags    []string          `json:"tags,omitempty"`
	Labels  map[string]string `json:"labels,omitempty"`
	Enabled *bool             `json:"enabled,omitempty"`
}

type Endpoint struct {
	Common
	URL     string   `json:"url"`
	Timeout Duration `json:"timeout"`
	Retries int      `json:"retries,omitempty"`
}

type Config struct {
	Version   int                 `json:"version"`
	LogLevel  Level               `json:"log_level"`
	Endpoints []Endpoint          `json:"endpoints"`
	Limits    map[Level]int       `json:"limits"`
	Extra     map[string]any      `json:"extra"`
	Raw       json.RawMessage     `json:"raw,omitempty"`
	Aliases   map[string]Endpoint `json:"-"`
	secret    string
}

//cell

type Secret struct {
	Name string
	val  *string
}

func (s Secret) String() string { return s.Name + "=" + strings.Repeat("*", len(*s.val)) }

type ValidationError struct {
	Field string
	Msg   string
}

func (v *ValidationError) Error() string { return v.Field + ": " + v.Msg }

func (c *Config) Validate() error {
	var errs []error
	if c.Version != 2 {
		errs = append(errs, &ValidationError{"version", fmt.Sprintf("want 2, got %d", c.Version)})
	}
	seen := map[string]bool{}
	for i, e := range c.Endpoints {
		if seen[e.Name] {
			errs = append(errs, &ValidationError{fmt.Sprintf("endpoints[%d].name", i), "duplicate " + e.Name})
		}
		seen[e.Name] = true
		if e.Timeout.Duration <= 0 {
			errs = append(errs, &ValidationError{fmt.Sprintf("endpoints[%d].timeout", i), "must be positive"})
		}
	}
	return errors.Join(errs...)
}

func Load(src string) (*Config, error) {
	c := &Config{LogLevel: Info, secret: "s3cr3t"}
	dec := json.NewDecoder(strings.NewReader(src))
	dec.DisallowUnknownFields()
	if err := dec.Decode(c); err != nil {
		return nil, fmt.Errorf("load: %w", err)
	}
	if err := c.Validate(); err != nil {
		return c, fmt.Errorf("invalid config: %w", err)
	}
	return c, nil
}

//cell

const good = `{
  "version": 2,
  "log_level": "WARN",
  "endpoints": [
    {"name": "api", "url": "http://a", "timeout": "1.5s", "tags": ["x","y"], "enabled": true},
    {"name": "db", "url": "tcp://b", "timeout": 3, "labels": {"zone": "eu"}, "retries": 4}
  ],
  "limits": {"debug": 10, "error": 1},
  "extra": {"n": 1, "list": [1, "two", null], "obj": {"k": false}},
  "raw": {"keep":   [1, 2]}
}`

func main() {
	c, err := Load(good)
	fmt.Println(err)
	fmt.Println(c.LogLevel, c.Endpoints[0].Timeout, c.Endpoints[1].Timeout.Seconds(), *c.Endpoints[0].Enabled, c.Endpoints[1].Enabled == nil)
	fmt.Println(c.Endpoints[0].Name, c.Endpoints[1].Labels, c.Limits, string(c.Raw))
	fmt.Printf("%v %T %T\n", c.Extra["list"], c.Extra["n"], c.Extra["obj"])
	out, err := json.MarshalIndent(c, "", " ")
	fmt.Println(string(out), err)
	fmt.Printf("%+v\n", c.Endpoints[1])
	fmt.Printf("%v %v\n", c.Endpoints[0].Tags, c.Endpoints[0].Labels == nil)
	fmt.Println(Secret{"token", nil}, Secret{"pw", &c.secret})

	_, err = Load(`{"version": 1, "endpoints": [{"name": "a", "timeout": "0s"}, {"name": "a", "timeout": "1m"}]}`)
	fmt.Println(err)
	var ve *ValidationError
	fmt.Println(errors.As(err, &ve), ve.Field)
	if j, ok := errors.Unwrap(err).(interface{ Unwrap() []error }); ok {
		for _, e := range j.Unwrap() {
			fmt.Printf("  - %v (%T)\n", e, e)
		}
	}
	_, err = Load(`{"version": 2, "bogus": 1}`)
	fmt.Println(err)
	_, err = Load(`{"version": 2, "log_level": "loud"}`)
	fmt.Println(err)
	_, err = Load(`{"version": 2, "endpoints": [{"timeout": "soon"}]}`)
	fmt.Println(err)
	_, err = Load(`{"version": "2"}`)
	var ute *json.UnmarshalTypeError
	fmt.Println(err, errors.As(err, &ute), ute.Field, ute.Value)
	lv := Level(2)
	b, _ := json.Marshal(map[string]any{"l": lv, "p": &lv, "ls": []Level{0, 3}, "d": Duration{time.Minute}})
	fmt.Println(string(b))
}
