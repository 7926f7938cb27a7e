//go:build ignore

// A field of another package's struct written in lower case.
package main

import (
	"fmt"
	"net/http"
	"time"
)

//cell

var retries = 3

//cell

func newClient() *http.Client {
	return &http.Client{timeout: 5 * time.Second}
}

//cell

func main() {
	fmt.Println(newClient().Timeout, retries)
}
