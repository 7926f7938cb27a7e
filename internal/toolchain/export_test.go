package toolchain

// SelfLineForTest exposes selfLine to the external tests.
func SelfLineForTest(gomod string) string { return selfLine([]byte(gomod)) }

// ClassifyForTest exposes classify to the external tests.
func ClassifyForTest(out string) error { return classify("x", out) }

// BelowKernelForTest exposes belowKernel to the external tests.
func BelowKernelForTest(path, version string, deps map[string]string) error {
	return belowKernel(path, version, deps)
}
