package rt

import "testing"

func TestSelect(t *testing.T) {
	in, out := make(chan int, 1), make(chan string, 1)
	in <- 7
	var v, w int
	var ok bool
	if got := Select("r", in, &v, &ok); got != 0 || v != 7 || !ok {
		t.Fatalf("receive: case %d, v %d, ok %v", got, v, ok)
	}
	s := "x"
	if got := Select("rsd", in, nil, nil, out, &s); got != 1 || <-out != "x" {
		t.Fatalf("send: case %d", got)
	}
	if got := Select("rd", in, &w, nil); got != 1 {
		t.Fatalf("default: case %d", got)
	}
	close(in)
	v, ok = 1, true
	var nilChan chan int
	if got := Select("rr", nilChan, nil, nil, in, &v, &ok); got != 1 || v != 0 || ok {
		t.Fatalf("closed: case %d, v %d, ok %v", got, v, ok)
	}
	var e error
	errs := make(chan error, 1)
	errs <- nil
	if got := Select("r", errs, &e, nil); got != 0 || e != nil {
		t.Fatalf("nil interface: case %d, %v", got, e)
	}
}
