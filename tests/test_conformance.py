"""Debian's jupyter_kernel_test suite against gofutures: every sample filled
in, so every test runs (the pager test is skipped: Go has no help syntax
that pages documentation)."""
import unittest

import jupyter_kernel_test


class GofuturesKernelTests(jupyter_kernel_test.KernelTests):
    __test__ = False  # run by test_kernel_test_suite_passes, which also checks the skips
    kernel_name = "gofutures"
    language_name = "go"
    file_extension = ".go"

    code_hello_world = 'import "fmt"\nfmt.Println("hello, world")'
    code_stderr = 'import ("fmt"; "os")\nfmt.Fprintln(os.Stderr, "to stderr")'
    completion_samples = [
        {"text": "fmt.Pri", "matches": {"Print", "Printf", "Println"}},
        {"text": "strings.ToUp", "matches": {"ToUpper", "ToUpperSpecial"}},
    ]
    complete_code_samples = ["1+1", 'import "fmt"', "func f() int {\n\treturn 1\n}", "x := []int{1, 2}"]
    incomplete_code_samples = ["func f() {", "x := []int{1,\n2,", "s := `raw\nstring", "y := 1 +"]
    invalid_code_samples = ["}", "x := )"]
    code_generate_error = 'panic("boom")'
    code_execute_result = [
        {"code": "1+1", "result": "2"},
        {"code": "6*7", "result": "42"},
        {"code": 'import "strings"\nstrings.Repeat("ab", 2)', "result": "abab"},
    ]
    code_display_data = [
        {"code": 'import "github.com/gofutures/gofutures/display"\ndisplay.Display(display.HTML("<b>bold</b>"))',
         "mime": "text/html"},
        {"code": 'import "github.com/gofutures/gofutures/display"\ndisplay.Display(display.Markdown("# title"))',
         "mime": "text/markdown"},
    ]
    code_history_pattern = "6*"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "fmt.Println"
    code_clear_output = 'import "github.com/gofutures/gofutures/display"\ndisplay.Clear(false)'


def test_kernel_test_suite_passes():
    """Runs the unittest suite and fails on any failure or unexpected skip."""
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(GofuturesKernelTests)
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    assert result.wasSuccessful(), (result.failures, result.errors)
    skipped = [t.id() for t, _ in result.skipped]
    assert all(s.endswith("test_pager") for s in skipped), skipped
    assert result.testsRun >= 12
