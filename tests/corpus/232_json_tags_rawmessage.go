//go:build ignore

// encoding/json the way API code uses it: struct tags with renamed
// fields, omitempty and "-", a string option, embedded structs whose
// fields are promoted, a pointer that is nil, envelopes whose payload is
// a json.RawMessage decoded once the kind is known, a type with its own
// MarshalJSON and UnmarshalJSON (a status kept as an int, sent as a
// word), and a Decoder reading a stream of objects.
package main

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"
)

type Status int

const (
	Pending Status = iota
	Active
	Closed
)

var statusNames = []string{"pending", "active", "closed"}

func (s Status) String() string { return statusNames[s] }

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(s.String())
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var word string
	if err := json.Unmarshal(b, &word); err != nil {
		return fmt.Errorf("status must be a string: %w", err)
	}
	for i, n := range statusNames {
		if n == word {
			*s = Status(i)
			return nil
		}
	}
	return fmt.Errorf("unknown status %q", word)
}

type Timestamps struct {
	Created string `json:"created"`
	Updated string `json:"updated,omitempty"`
}

type Address struct {
	City    string `json:"city"`
	Country string `json:"country,omitempty"`
}

type Account struct {
	ID     int64    `json:"id,string"`
	Name   string   `json:"name"`
	Email  string   `json:"email,omitempty"`
	Secret string   `json:"-"`
	Status Status   `json:"status"`
	Tags   []string `json:"tags,omitempty"`
	Home   *Address `json:"home,omitempty"`
	Timestamps
	notes string
}

//cell

type Envelope struct {
	Kind    string          `json:"kind"`
	Payload json.RawMessage `json:"payload"`
}

type Deposit struct {
	Account int64 `json:"account"`
	Cents   int   `json:"cents"`
}

type Rename struct {
	Account int64  `json:"account"`
	To      string `json:"to"`
}

func decodeEvent(raw []byte) (any, error) {
	var env Envelope
	if err := json.Unmarshal(raw, &env); err != nil {
		return nil, err
	}
	switch env.Kind {
	case "deposit":
		var d Deposit
		err := json.Unmarshal(env.Payload, &d)
		return d, err
	case "rename":
		var r Rename
		err := json.Unmarshal(env.Payload, &r)
		return r, err
	}
	return nil, fmt.Errorf("kind %q: payload %s left undecoded", env.Kind, env.Payload)
}

//cell

func main() {
	a := Account{
		ID: 9007199254740993, Name: "Ada", Secret: "hunter2", Status: Active,
		Tags: []string{"admin"}, Timestamps: Timestamps{Created: "2024-01-02"}, notes: "x",
	}
	out, err := json.Marshal(a)
	fmt.Println(string(out), err)
	a.Home = &Address{City: "London"}
	a.Tags = nil
	pretty, _ := json.MarshalIndent(a, "", "  ")
	fmt.Println(string(pretty))

	var back Account
	err = json.Unmarshal([]byte(`{"id":"42","name":"Bo","status":"closed","created":"2023-05-06","secret":"no","home":{"city":"Oslo","country":"NO"}}`), &back)
	fmt.Printf("%+v %v %+v %v\n", back.Timestamps, back.Status, *back.Home, err)
	fmt.Printf("secret %q, id %d\n", back.Secret, back.ID)
	err = json.Unmarshal([]byte(`{"status":"frozen"}`), &back)
	fmt.Println("bad status:", err)
	err = json.Unmarshal([]byte(`{"status":3}`), &back)
	fmt.Println("numeric status:", err)

	events := `{"kind":"deposit","payload":{"account":7,"cents":1250}}
{"kind":"rename","payload":{"account":7,"to":"Savings"}}
{"kind":"audit","payload":[1,2,3]}
`
	dec := json.NewDecoder(strings.NewReader(events))
	for dec.More() {
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			fmt.Println("decode:", err)
			break
		}
		ev, err := decodeEvent(raw)
		if err != nil {
			fmt.Println("skip:", err)
			continue
		}
		switch e := ev.(type) {
		case Deposit:
			fmt.Printf("deposit %d cents into %d\n", e.Cents, e.Account)
		case Rename:
			fmt.Printf("account %d renamed %q\n", e.Account, e.To)
		}
	}

	wrapped, _ := json.Marshal(Envelope{Kind: "deposit", Payload: json.RawMessage(`{"cents":5}`)})
	fmt.Println(string(wrapped))
	byStatus := map[Status][]string{Active: {"a"}, Closed: {"c", "d"}}
	bs, err := json.Marshal(byStatus)
	fmt.Println(string(bs), err)
	type stamp struct {
		At time.Duration `json:"at"`
		OK bool          `json:"ok,omitempty"`
	}
	ss, _ := json.Marshal([]stamp{{At: time.Second}, {At: 2, OK: true}})
	fmt.Println(string(ss))
}
