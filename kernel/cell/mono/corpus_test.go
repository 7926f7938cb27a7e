package mono

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// corpusYaegiFaults are corpus programs that, specialised and needing no
// lowering, still print something else in yaegi, for reasons that are
// not generics (tests/corpus/KNOWN_DIFFERENCES.md).
var corpusYaegiFaults = map[string]string{
	"849_expenses_csv_tabwriter_splitfunc":   "errors.As to a *ValidationError (a cell error type) through errors.Join: yaegi alone panics \"*target must be interface or implement error\", as 208 (kernel/check lowers it)",
	"854_word_counts_scanner_strings":        "a []WordCount (a cell struct with String) from a generic helper given to fmt: yaegi alone prints the fields, as 645 (kernel/check lowers fmt's operands)",
	"856_shop_items_cell_iface_sorting":      "%T and fmt of cell types in a cell interface, and a template and json of them: yaegi alone names struct { ... } and gives them no methods (kernel/check lowers fmt, Execute and json to rt)",
	"715_generic_stages_method_values":       "a method expression (Word.String) passed as a func(Word) string, as 414: yaegi alone types it as the method value, func() string (kernel/check lowers method expressions)",
	"723_generic_sinks_event_loop":           "a generic Feed ranging over a channel of a struct type and calling sinks of an interface: yaegi alone panics in its copy (reflect.Set: the struct is not assignable to int), as 614 (the kernel's lowered cells match go run)",
	"674_generic_dijkstra_heap_fix":          "a loop with an init statement and no condition or post statement (for at := p; ; {...}): yaegi alone runs the init again before every iteration and never ends (kernel/check gives it a condition, loops.go)",
	"675_generic_lru_list_evictions":         "several values from one call assigned into a map's element (got[k], ok = cache.Get(k)): yaegi alone stores nothing (kernel/check lowers it, mapassign.go)",
	"686_csv_tabwriter_groups":               "%#v of a struct type declared in a function: yaegi alone prints its struct type, not main.Row (kernel/check tags and names it)",
	"695_inventory_grown_by_cells":           "a slice of a cell type with a String method given to fmt: yaegi alone prints the fields (kernel/check lowers fmt's operands)",
	"708_generic_number_parallel_goroutines": "%T of a Meters (a named float64) prints float64, as 474, and goroutines started in a loop over a slice of slices need kernel/check's lowering of function literals made in a loop, as 246",
	"710_generic_set_embedded_methods_later": "a String method of a generic map type given to fmt through a generic call's result: yaegi alone prints the map, as 645 (the kernel's lowered cells match go run)",
	"712_generic_pointer_constraint_parsers": "a named float64 with a String method in a slice given to fmt: yaegi alone prints the numbers and says float64, as 474 (kernel/check lowers fmt's operands)",
	"606_json_text_keys_generic_any":         "json of a map keyed by a cell struct with MarshalText, and embedded structs: yaegi alone gives json its struct types without methods (kernel/check lowers json to rt.JSON)",
	"614_generic_channel_pipelines":          "a generic pipeline over channels of a struct type: yaegi alone panics in the copy of Merge (the kernel's lowered cells match go run)",
	"617_template_funcmap_slog_generics":     "a template over cell types' fields and methods: yaegi alone gives the template its struct types without methods (kernel/check lowers Execute to rt.Execute)",
	"803_oncevalue_atomic_pointer_config":    "a *Config with a String method, from atomic.Pointer[Config].Load(), given to fmt: yaegi alone prints <nil> and &{v2 8 []} (kernel/check lowers fmt's operands)",
	"782_inventory_generic_set_pairs":        "a slice of a generic Pair with a String method given to fmt: yaegi alone prints the fields, as 645 (the kernel's lowered cells match go run)",
	"645_generic_helpers_pairs_stack":        "a String method of a cell type in a generic helper's result: yaegi alone prints the fields (the kernel's lowered cells match go run)",
	"591_sorting_with_swaps":                 "a swap of a []any's elements (xs[i], xs[j] = xs[j], xs[i]): yaegi alone refuses it, reflect.Set of an interface {} to interp.valueInterface (kernel/check lowers it, anytargets.go)",
	"574_slog_handler_multi":                 "a named int's String method in slog values and reflect.TypeAssert[int] of it: yaegi alone logs the number and says it is an int (kernel/check lowers slog's arguments to rt.Slog and gives named basic types rt's bases)",
	"482_func_values_parens":                 "parenthesised functions and a method expression in literals: yaegi alone panics (reflect.Set of a *interface{}) and types offset.add as the method value (kernel/check lowers both)",
	"414_search_cell_types":                  "a method expression (Version.Compare) passed as a func(Version, Version) int: yaegi alone types it as the method value, func(Version) int (kernel/check lowers method expressions)",
	"474_generic_ptr_constraint_parsers":     "a method expression (Host.Upper) passed as a func(Host) string, as 414, and %T of a Meters (a named float64) in an any prints float64 (kernel/check lowers both)",
	"078_func_types_higher_order":            "%v of a cell struct shows yaegi's renamed unexported fields ({Xhost:...}), as in 017_structs",
	"208_sales_report_sorted":                "errors.As to a pointer to a cell error type: yaegi panics \"*target must be interface or implement error\" (kernel/check lowers it)",
	"259_json_project_roundtrip":             "encoding/json of cell types: yaegi's values have no methods (MarshalJSON, UnmarshalJSON) and X-prefixed unexported fields (kernel/check lowers it to rt.JSON)",
	"265_library_domain_embedding":           "a type switch case of a struct whose pointer-receiver method comes through an embedded pointer: yaegi says \"impossible type assertion\" (kernel/check lowers it)",
	"291_tournament_table":                   "LineError values appended to a []error in a loop all read as the last one, and errors.As to a *LineError panics \"*target must be interface or implement error\" (kernel/check converts in a function of its own and lowers errors.As)",
	"246_pipeline_fan_in_sorted":             "the goroutines a generic merge starts in a loop over its variadic channels need kernel/check's lowering of function literals made in a loop (yaegi alone panics: \"reflect: call of reflect.Value.Len on int Value\")",
	"274_pipelines_done_channel":             "as 246: the goroutines fanIn starts in a loop over its variadic channels need kernel/check's lowering of function literals made in a loop (yaegi alone panics: \"reflect: call of reflect.Value.Len on int Value\")",
	"348_generic_constraints_methods":        "a cell struct returned by a function and given to fmt prints as its fields ({2.5}, not its String()), %T names yaegi's types (struct { R float64 }, int64 for a Cents): yaegi's values handed to compiled code, generics or not (kernel/check lowers them to rt.Fmt)",
	"320_unique_json_omitzero_events":        "encoding/json's omitzero does not call IsZero of cell types (Money, Venue): yaegi's values have no methods for compiled code, generics or not, as in 259 (kernel/check lowers it to rt.JSON)",
	"489_generic_copies_later_cells":         "fmt of a cell struct in an any: yaegi prints its internal valueInterface ({0x… {0x… 409}}), and panics (reflect: call of reflect.Value.Interface on zero Value) for one with a String method, generics or not (kernel/check lowers them to rt.FmtAny)",
	"504_fanout_recover_causes_goroutines":   "as 246: the goroutines the generic fanOut starts in a loop over its inputs need kernel/check's lowering of function literals made in a loop (yaegi alone panics: \"reflect: slice index out of range\")",
	"523_lru_and_heap_scheduler":             "errors.As to a cell error type (MissingDep): yaegi panics \"*target must be interface or implement error\", as in 208 (kernel/check lowers it)",
	"361_named_basic_assertions_switches":    "yaegi alone gives type Celsius float64 the reflect type float64, so a Celsius in an any asserts to float64 and takes a type switch's float64 case (kernel/check declares it from one of rt's bases)",
	"581_named_composites_in_cells":          "%T of named slice, map, array and func types and type switches on them through any: yaegi alone gives their values their underlying types' (kernel/check gives each a method, so that yaegi keeps its record of the type)",
	"878_tour_exercises_redone":              "a []IPAddr (a named [4]byte with a String method) given to fmt, and %T of an ErrNegativeSqrt (a named float64): yaegi alone prints [[1 2 3 4]] and float64 (kernel/check lowers fmt's operands and declares the type from one of rt's bases)",
	"883_gobyexample_stdlib_tour":            "%#v and %T of a cell struct (struct { X int; Y int }, not main.point) and json of one with an unexported field (\"Xhidden\"): yaegi alone, as 078 and 259 (kernel/check lowers fmt and json)",
	"873_unicode_runes_text":                 "a range over a string holding invalid UTF-8 (\"a\\xffb\\xe4\\xb8c\"): yaegi alone steps over 3 bytes after each bad one (1:'�' 4:'b'; Go: 1:'�' 2:'b'); kernel/check lowers ranges over strings (loops.go)",
	"516_comma_ok_lookups_in_loops":          "v, ok = m[k] of a missing key leaves v as it was (the last price found), and an assignment of a method value with other values assigns the call alone, generics or not (kernel/check's commaOkIndex and valueParens lower both)",
}

// corpusHoisted are corpus programs whose types declared inside a
// function meet generic standard-library code: the kernel's lowering
// declares those types at the top level first (kernel/check/hoist.go),
// so mono alone refuses them ("declared inside a function").
var corpusHoisted = map[string]bool{
	"235_generic_methods_constraints":    true,
	"252_local_types_with_generics":      true,
	"273_maps_in_action":                 true,
	"314_sync_once_waitgroup_go":         true,
	"577_go126_new_expr_astype_config":   true,
	"582_local_types_in_functions":       true,
	"609_generic_funcs_as_values":        true,
	"620_defined_string_types_runes":     true,
	"676_matrix_ops_gauss":               true,
	"816_generic_helpers_fanout_ordered": true,
	"869_generic_numeric_constraints":    true,
}

// corpusMonoRefused are corpus programs mono refuses (listed in
// tests/corpus/KNOWN_DIFFERENCES.md).
var corpusMonoRefused = map[string]string{}

// corpusCopyVisible are corpus programs that, specialised and built,
// print something of the copies themselves, which the kernel's printer
// and json (kernel/check/rt) tell as Go does: left out here.
var corpusCopyVisible = map[string]string{
	"685_generic_methods_later_values_in_any":  "%T of generic instances, as 317",
	"696_generic_tree_rpn_stack":               "%T of generic instances, as 317",
	"699_clinic_queue_simulation":              "%T of generic instances, as 317",
	"701_generic_ordered_map_methods_later":    "%T of generic instances, as 317",
	"702_generic_heap_pq_ring_buffer":          "%T of generic instances, as 317",
	"703_generic_mapreduce_groupby_zip":        "%T of generic instances, as 317",
	"704_generic_memoize_goroutines":           "%T of generic instances, as 317",
	"705_generic_notfound_errors_as":           "%T of generic instances, as 317",
	"706_generic_constraint_methods_embedding": "%T of generic instances, as 317",
	"709_generic_tree_cmp_func_maptree":        "%T of generic instances, as 317",
	"711_generic_validators_range_errors":      "%T of generic instances, as 317",
	"713_generic_method_exprs_aliases_nested":  "%T of generic instances, as 317",
	"714_generic_bus_channels_goroutines":      "%T of generic instances, as 317",
	"605_generic_set_json_methods_later":       "%T of generic instances, as 317",
	"607_generic_instances_type_switch":        "%T of generic instances, as 317",
	"608_generic_ring_container_iface":         "%T of generic instances, as 317",
	"616_generic_constraints_shapes":           "%T of generic instances, as 317",
	"618_generic_methods_sort_errors_ifaces":   "%T of generic instances, as 317",
	"821_generic_stack_counter_results":        "%T of generic instances, as 317",
	"317_generic_aliases_units":                "%T of a generic instance prints the copy's name (main.mainꞏSeriesꞏMeters); the kernel prints main.Series[main.Meters]",
	"321_generic_sorted_map_scheduler":         "%T of generic instances, as 317",
	"092_generic_type_alias":                   "%T of generic instances, as 317",
	"338_generic_stack_queue_methods_later":    "%T of generic instances, as 317",
	"339_generic_set_algebra":                  "%T of generic instances, as 317",
	"340_generic_ordered_map_iter":             "%T of generic instances, as 317",
	"342_generic_priority_queue_heap":          "%T of generic instances, as 317",
	"343_generic_lru_cache":                    "%T of generic instances, as 317",
	"344_generic_treap_ordered":                "%T of generic instances, as 317",
	"400_fmt_extra_operands":                   "fmt's report of unused operands names a generic instance's type as the copy's (main.mainꞏPairꞏint), as 317",
	"347_generic_result_errors":                "%T of generic instances, as 317",
	"349_generic_inference_corners":            "%T of generic instances, as 317",
	"351_generic_iter_pipelines":               "%T of a standard-library generic instance (iter.Seq[[]int]), as 317",
	"352_generic_matrix_recursion":             "%T of generic instances, as 317",
	"350_generic_embedding_aliases":            "%T of generic instances, as 317, and %+v of a struct embedding one names the field by the copy's type (mainꞏListꞏItem:), where the kernel's printer names it List",
	"378_generic_embedded_instances":           "%T of generic instances, as 317, and %+v of structs embedding them, as 350",
	"425_generic_cache_functional":             "%T of generic instances, as 317",
	"450_tour_generic_list":                    "%T of generic instances, as 317",
	"488_generic_type_names":                   "%T of generic instances, as 317",
	"500_generic_helpers_first":                "%T of generic instances, as 317",
	"570_generic_alias_groups_registry":        "%T of generic instances, as 317",
}

// TestCorpus specialises, with AllNotebookGenerics, every program of
// tests/corpus that uses generics (the standard library's or its own),
// checks that, built, it prints what the program prints, and runs in
// yaegi those that need no lowering. (The kernel's own run of the corpus,
// split into cells, is tests/test_corpus.py's.)
func TestCorpus(t *testing.T) {
	if testing.Short() {
		t.Skip("builds programs with the go command")
	}
	files, err := filepath.Glob("../../../tests/corpus/*.go")
	if err != nil || len(files) == 0 {
		t.Fatalf("no corpus: %v", err)
	}
	s := New(Options{AllNotebookGenerics: true})
	var cases []runCase
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if corpusHoisted[strings.TrimSuffix(filepath.Base(f), ".go")] {
			continue
		}
		if base := strings.TrimSuffix(filepath.Base(f), ".go"); corpusCopyVisible[base] != "" || corpusMonoRefused[base] != "" {
			continue
		}
		if strings.Contains(string(data), `"github.com/gofutures/gofutures/`) {
			continue // the executor in cells: this checker imports the standard library only
		}
		src := strings.Replace(string(data), "//go:build ignore", "", 1)
		c := check(t, src)
		r := specialize(t, s, c)
		if len(r.Edits) == 0 {
			continue
		}
		name := strings.TrimSuffix(filepath.Base(f), ".go")
		cases = append(cases, runCase{name: name, src: src, yaegiFault: corpusYaegiFaults[name]})
	}
	t.Logf("%d of %d corpus programs use generics", len(cases), len(files))
	runAgainstGoRun(t, s, cases)
}
