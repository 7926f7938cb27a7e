package toolchain

// SelfLineForTest exposes selfLine to the external tests.
func SelfLineForTest(gomod string) string { return selfLine([]byte(gomod)) }
