package check

import "testing"

// A shift count that is an arithmetic expression of another type than
// the value shifted (a uint shifted by len(row) - 1 - i, an int) shifts
// as Go does: yaegi v0.16.1 alone refused it ("invalid operation:
// mismatched types uint and int"), shiftCountType converts the count.
func TestShiftCountArithmetic(t *testing.T) {
	runSteps(t,
		step{"var m uint\nrow := \"#.##\"\nfor i, c := range row {\n\tif c == '#' {\n\t\tm |= 1 << (len(row) - 1 - i)\n\t}\n}\nfmt.Printf(\"%04b\\n\", m)", "1011\n"},
		step{"func f(k, i int) (uint, uint64, uint8) {\n\tvar m uint = 1\n\tm <<= k - 1 - i\n\tx := uint64(1) << (k - i - i)\n\tvar b uint8 = 128\n\tb = b >> (k - (1 - i))\n\treturn m, x, b\n}\nfmt.Println(f(3, 1))", "2 2 16\n"},
		step{"var n uint = 1\nk, j := 5, 2\nn = n<<(k-1-j) + 1\nfmt.Println(n)", "5\n"},
	)
}
