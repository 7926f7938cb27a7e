package check

import (
	"fmt"
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/gofutures/gofutures/kernel/cell"
)

// lowerer collects the edits of one cell, in cell offsets.
type lowerer struct {
	fmtState // the lowering of fmt's and log's printing calls (fmtargs.go)

	info   *types.Info
	pkg    *types.Package
	copies map[string]bool // mono's copies earlier cells declared (Checker.copies)
	// copyNames are Go's names of the instances mono's copies stand for,
	// the cell's own copies' too (Checker.copyNames)
	copyNames map[string]string
	refused   []refusal // what the interpreter would run wrongly (refuse)
	// earlier are the copies of instances of the notebook's generic
	// types that earlier cells made (Checker.earlier), and earlierInsts
	// the instances, once found (earlierInstances)
	earlier      map[string]earlierCopy
	earlierInsts *[]types.Type
	cellInsts    *[]types.Type // the cell's instances of the notebook's generic types (cellInstances)
	fset         *token.FileSet
	imports      map[string]string // name -> path, what the cell sees

	shift    int    // file offset - cell offset
	orig     string // the source being lowered (cell offsets)
	edits    []Edit
	extra    map[string]string // hidden imports: alias -> path
	trailing *Trailing
	funcs    []*types.Signature            // enclosing functions, innermost last
	litDepth int                           // enclosing function literals
	ranges   map[types.Object]types.Object // key variable -> ranged variable, of enclosing range loops
	// rangeTexts are, by key variable, the ranged indexed operands
	// (range rows[i]) of enclosing range loops
	rangeTexts map[types.Object]string
	cfg        Config
	hidden     []string                   // declarations of hidden notebook variables
	gen        []*cell.Decl               // declarations the lowering needs (gen.go)
	hook       *methodHook                // of the method lowered (methodhook.go)
	noLines    bool                       // lowering generated code: no cell lines
	copyAt     *copyLines                 // lowering a copy of a notebook's generic function: its lines (generic.go)
	labels     map[ast.Stmt]types.Object  // labels of the labeled statements walked
	relabeled  *relabels                  // labels named like other objects, renamed (relabel.go)
	counter    *int                       // for fresh names, across cells
	inDecl     bool                       // lowering a declaration (no hidden variables)
	mono       map[ast.Node]string        // expressions replaced by specialised copies (generic.go)
	inst       *compiledInstances         // uses of compiled generics (instances.go); nil without a program
	called     map[*ast.SelectorExpr]bool // selectors called at once (not method values)
	notValue   map[*ast.Ident]bool        // function names called, or wrapped by named: not tagged
	tagging    int                        // whether to tag function values: 0 unknown, 1 yes, -1 no
	compiled   map[string]bool            // the %%compile cells' functions (see Checker.compiled)
	strict     map[*types.Named]bool      // lenientNamed types the type switch being lowered asserts to exactly (assertGuard)

	checkedIdx map[*ast.IndexExpr]int // the declaration's checked indexes: their edit's seq (sites)
	prechecked map[ast.Expr]bool      // indexes and slices checked before their statement (indexes.go)
	lastIdx    map[ast.Expr]bool      // targets of = that Go checks when it assigns (indexes.go)
	lastChecks map[ast.Stmt]lastCheck // checks of those that may go before the statement (indexes.go)
	// checks in the expression of the targets of assignments of several
	// values, which those of the values may make (tupleTargetsWalked)
	tupleTargets map[*ast.AssignStmt][]lastCheck
	// slices of indexed operands whose checks wait for the walk to leave
	// them (sliceindexed.go)
	pendingSlices map[*ast.SliceExpr]pendingSlice
	// pendingIndexes are indexes of indexed operands whose checks are
	// placed when the walk leaves them (nestedindex.go)
	pendingIndexes map[*ast.IndexExpr]pendingIndex
	// pendingCallIndexes are indexes of calls' results whose checks are
	// placed when the walk leaves them (indexcall.go)
	pendingCallIndexes map[*ast.IndexExpr]pendingCallIndex
	// pendingCallSlices are slices of calls' results whose checks are
	// placed when the walk leaves them (slicecall.go)
	pendingCallSlices map[*ast.SliceExpr]pendingCallSlice
	madeMaps          map[types.Object]bool // the declaration's map variables that are never nil (sites)
	nonNil            map[ast.Node]bool     // the declaration's selections whose operand is no nil (nonnil.go)

	loopLits    map[*ast.FuncLit]bool   // function literals made again in a loop (markLoopLits)
	wrappedLits map[*ast.FuncLit]bool   // those made in a frame of their own (funcLit)
	loopGos     map[*ast.GoStmt]bool    // go statements of function literals in loops (goStmt)
	loopDefers  map[*ast.DeferStmt]bool // defer statements in loops (deferStmt, deferMaker)

	selectLabels  map[*ast.SelectStmt]*ast.LabeledStmt // labels of select statements (selectStmt)
	goDeferred    map[*ast.CallExpr]bool               // the calls of go and defer statements
	commStmts     map[ast.Stmt]bool                    // the communications of select cases
	constDecl     *ast.GenDecl                         // the const declaration walked last (foldConstant)
	ifaceCase     map[ast.Expr]bool                    // cases made calls of rt.Iface (ifaceCases, caseLists)
	redeclared    []string                             // variables the statements declare anew (Result.Redeclared)
	rangeFuncs    []*rangeFuncLoop                     // range-over-func loops being lowered, innermost last
	rangeRecovers map[*ast.CallExpr]string             // recover calls taking a range nest's panic (rangedefer.go)
	stack         []ast.Node                           // the nodes walk is in, innermost last
	topStmts      *ast.BlockStmt                       // the cell's top-level statements (lowerStmts)

	typeSetUses  int                    // lookups of the notebook's set of types (relower.go)
	freshResults map[*ast.CallExpr]bool // calls put in a function literal returning their results (anyresult.go)
	ifaceDecl    int8                   // whether the notebook's scope has interfaces with methods: 0 not known, 1 yes, -1 no (anyresult.go)

	anyComps   []string     // composites of cell types the notebook put in an "any" (anycomp.go)
	foundComps []string     // those this lowering found
	compTypes  []types.Type // anyComps offered, resolved (anyCompTypes)

	deferWraps    map[*ast.DeferStmt]string // deferred calls run in wrappers: their state's name (defers.go)
	deferMakes    map[*ast.DeferStmt]string // those made closures with the wrapper inside (deferMaker)
	deferRecovers map[*ast.CallExpr]string  // recover calls in them, lowered to the state's

	callsFirstStmts map[ast.Stmt]bool // statements whose calls' arguments callsFirst looks at once walked (callorder.go)

	chain *initChain // the order of the cell's variable initializers, where yaegi's is not Go's (initorder.go)

	boxed      map[*types.Struct][]bool     // struct types' fields held in an interface{} (selfref.go)
	boxedTypes map[ast.Node]bool            // the type expressions of those fields, in the declaration lowered
	unboxers   map[string]bool              // the unboxing functions the cell declares
	boxWrites  map[*ast.SelectorExpr]bool   // boxed fields assigned (not read)
	boxTemps   map[*ast.SelectorExpr]string // boxed arrays a statement writes through a variable: its name (selfRefArrayWrite)
	aliasLits  map[*ast.Ident]bool          // local aliases that are composite literals' types (localalias.go)
}

func (lw *lowerer) off(p token.Pos) int { return lw.fset.Position(p).Offset - lw.shift }

// line returns the cell line of p, or 0 in generated code; in a copy
// of a generic function of the notebook, the line of the generic
// function's cell it was made from.
func (lw *lowerer) line(p token.Pos) int {
	if lw.copyAt != nil {
		return lw.copyAt.line(lw.fset.Position(p).Line)
	}
	if lw.noLines {
		return 0
	}
	return lw.fset.Position(p).Line
}

func (lw *lowerer) replace(from, to token.Pos, text string) {
	lw.edits = append(lw.edits, Edit{Start: lw.off(from), End: lw.off(to), Text: text, seq: len(lw.edits)})
}

func (lw *lowerer) insert(at token.Pos, text string) {
	o := lw.off(at)
	lw.edits = append(lw.edits, Edit{Start: o, End: o, Text: text, seq: len(lw.edits)})
}

// insertOuter inserts text that opens around what the walk lowered
// already (the trailing expression's "return "): left of the other texts
// that open at that offset.
func (lw *lowerer) insertOuter(at token.Pos, text string) {
	o := lw.off(at)
	lw.edits = append(lw.edits, Edit{Start: o, End: o, Text: text, seq: seqOuter + len(lw.edits)})
}

// insertClose inserts text that closes what an insert opened before the
// node ending at at: of the closing texts at one offset, the one inserted
// last (the innermost: the walk goes from the outside in) goes left, and
// all go left of the texts that open there.
func (lw *lowerer) insertClose(at token.Pos, text string) {
	o := lw.off(at)
	lw.edits = append(lw.edits, Edit{Start: o, End: o, Text: text, seq: len(lw.edits), close: true})
}

// markGoDeferred records the call of a go or defer statement: lowerings
// that would make it an argument of another call leave it (the wrapper
// would run it at once).
func (lw *lowerer) markGoDeferred(c *ast.CallExpr) {
	if lw.goDeferred == nil {
		lw.goDeferred = map[*ast.CallExpr]bool{}
	}
	lw.goDeferred[c] = true
}

func (lw *lowerer) fresh(base string) string {
	*lw.counter++
	return fmt.Sprintf("gofutures%s%d", base, *lw.counter)
}

// lowerDecl lowers the cell's declaration d, which declFile (whose
// offsets are the cell's plus shift) holds among the cell's others.
func (lw *lowerer) lowerDecl(d *cell.Decl, declFile *ast.File, shift int) *Lowered {
	lw.shift, lw.edits, lw.orig = shift, nil, d.Src
	lw.inDecl, lw.checkedIdx = true, map[*ast.IndexExpr]int{}
	defer func() { lw.inDecl, lw.checkedIdx = false, nil }()
	uses := lw.typeSetUses
	var funcs, generic []*ast.FuncDecl
	for _, fd := range declFile.Decls {
		start, end := lw.off(fd.Pos()), lw.off(fd.End())
		if start < 0 || end > len(d.Src) || strings.TrimSpace(d.Src[start:end]) == "" {
			continue
		}
		// the declaration is d's when d's source holds it
		if d.Src[start] == ' ' || d.Src[start] == '\n' {
			continue
		}
		if lw.templateDecl(fd) {
			if f, ok := fd.(*ast.FuncDecl); ok {
				generic = append(generic, f)
			}
			continue
		}
		if gd, ok := fd.(*ast.GenDecl); ok {
			lw.globalInit(gd)
			lw.blankFuncTypeNames(gd)
		}
		if f, ok := fd.(*ast.FuncDecl); ok {
			funcs = append(funcs, f)
		}
		lw.markLoopLits(fd)
		lw.markDeferLits(fd)
		lw.walk(fd)
		if f, ok := fd.(*ast.FuncDecl); ok {
			lw.mainMarkers(f)
		}
	}
	lw.hook = nil
	if len(funcs) == 1 && funcs[0].Recv != nil && d.Kind == cell.Method && lw.typeSetUses > uses && !lw.noLines {
		lw.hookMethod(funcs[0])
	}
	var marks map[string]bodyMarks
	var exitMarks bodyMarks
	if len(funcs) == 1 {
		lw.madeMaps, lw.nonNil = lw.nonNilMaps(funcs[0]), lw.nonNilDerefs(funcs[0])
		defer func() { lw.madeMaps, lw.nonNil = nil, nil }()
		marks = lw.siteMarkers(funcs[0], d.Src)
		exitMarks = lw.exitMarkers(funcs[0], d.Src)
	}
	lw.unshadowBuiltins()
	l := newLowered(d.Src, lw.edits, lw.takeImports())
	l.typeSet = lw.typeSetUses > uses
	l.hook = lw.hook
	if len(funcs) == 0 && len(generic) == 1 && generic[0].Body != nil && !lw.noLines {
		// a generic function or method, left out: what its copies run
		// (kernel/cell/mono's) raises at its lines, and a method's
		// frame is named by it
		g := generic[0]
		lw.madeMaps, lw.nonNil = lw.nonNilMaps(g), lw.nonNilDerefs(g)
		l.Sites, l.Calls = lw.bodySites(g.Body, nil), lw.calls(g.Body, litNames(g))
		lw.addExits(g, l.Sites)
		lw.madeMaps, lw.nonNil = nil, nil
	}
	if len(funcs) == 1 {
		kept := keptEdits(l)
		l.Sites, l.Lits = lw.sites(funcs[0], kept), lw.lits(funcs[0], l, kept)
		l.Mark, l.ExitMark = marks[""].keptIn(l), exitMarks.keptIn(l)
		names := litNames(funcs[0])
		if funcs[0].Body != nil && !lw.noLines {
			l.Calls = lw.calls(funcs[0].Body, names)
		}
		for i := range l.Lits {
			l.Lits[i].Mark = marks[l.Lits[i].Name].keptIn(l)
			for fl, name := range names {
				if name == l.Lits[i].Name {
					l.Lits[i].Calls = lw.calls(fl.Body, names)
				}
			}
		}
	}
	return l
}

// walk lowers n and what it holds. lw.stack holds the nodes being
// lowered, n's ancestors the walk went through first.
func (lw *lowerer) walk(n ast.Node) {
	if len(lw.stack) == 0 {
		lw.markBoxWrites(n) // (before lowerings copy the targets' text)
	}
	ast.Inspect(n, func(n ast.Node) bool {
		if n == nil {
			walked := lw.stack[len(lw.stack)-1]
			switch w := walked.(type) {
			case *ast.SliceExpr:
				lw.sliceWalked(w)     // (sliceindexed.go)
				lw.sliceCallWalked(w) // (slicecall.go)
			case *ast.IndexExpr:
				lw.indexWalked(w)     // (nestedindex.go)
				lw.indexCallWalked(w) // (indexcall.go)
			}
			lw.stack = lw.stack[:len(lw.stack)-1]
			if as, ok := walked.(*ast.AssignStmt); ok {
				lw.assignWalked(as)
			}
			if st, ok := walked.(ast.Stmt); ok && lw.callsFirstStmts[st] {
				lw.callsFirst(st) // (callorder.go)
			}
			return true
		}
		lw.stack = append(lw.stack, n)
		if lw.visit(n) {
			if st, ok := n.(ast.Stmt); ok {
				lw.markCallsFirst(st)
			}
			return true
		}
		lw.stack = lw.stack[:len(lw.stack)-1]
		return false
	})
}

// visit lowers n, and reports whether the walk goes on into what n
// holds.
func (lw *lowerer) visit(n ast.Node) bool {
	if name, ok := lw.mono[n]; ok && n != nil {
		lw.replace(n.Pos(), n.End(), lw.monoFuncValue(n, name))
		return false
	}
	if name, ok := lw.replacement(n); ok {
		lw.replace(n.Pos(), n.End(), name)
		return false
	}
	if e, ok := n.(ast.Expr); ok && lw.basedConst(e) {
		return false
	}
	if lw.boxedTypes[n] {
		lw.replace(n.Pos(), n.End(), "interface{}")
		return false
	}
	switch n := n.(type) {
	case *ast.FuncDecl:
		if n.Body == nil {
			return false
		}
		lw.zeroResults(n)
		lw.unnamedParams(n.Type)
		sig, _ := lw.info.Defs[n.Name].Type().(*types.Signature)
		lw.funcs = append(lw.funcs, sig)
		lw.planDefers(n.Body)
		lw.walk(n.Body)
		lw.funcs = lw.funcs[:len(lw.funcs)-1]
		if n.Type.TypeParams != nil {
			lw.walk(n.Type)
		}
		lw.walkFieldTypes(n.Recv, n.Type.Params, n.Type.Results)
		return false
	case *ast.FuncLit:
		lw.funcLit(n, false)
		lw.unnamedParams(n.Type)
		sig, _ := lw.info.Types[n].Type.(*types.Signature)
		lw.funcs = append(lw.funcs, sig)
		lw.planDefers(n.Body)
		lw.litDepth++
		lw.walk(n.Body)
		lw.litDepth--
		lw.funcs = lw.funcs[:len(lw.funcs)-1]
		lw.walk(n.Type)
		return false
	case *ast.LabeledStmt:
		if lw.labels == nil {
			lw.labels = map[ast.Stmt]types.Object{}
		}
		lw.labels[n.Stmt] = lw.info.Defs[n.Label]
		lw.relabelDef(n.Label)
		if sel, ok := n.Stmt.(*ast.SelectStmt); ok {
			if lw.selectLabels == nil {
				lw.selectLabels = map[*ast.SelectStmt]*ast.LabeledStmt{}
			}
			lw.selectLabels[sel] = n
		}
	case *ast.RangeStmt:
		lw.boxedRange(n)
		if lw.rangeChans(n) {
			return false
		}
		return lw.rangeStmt(n)
	case *ast.DeferStmt:
		if lw.rangeDefer(n) {
			return false
		}
		lw.markGoDeferred(n.Call)
		lw.deferStmt(n)
		lw.wrapDefer(n)
	case *ast.GoStmt:
		lw.markGoDeferred(n.Call)
		lw.goStmt(n)
	case *ast.SelectStmt:
		if lw.selectStmt(n) {
			return false
		}
	case *ast.CommClause:
		if lw.commStmts == nil {
			lw.commStmts = map[ast.Stmt]bool{}
		}
		lw.commStmts[n.Comm] = true
		lw.commAssign(n)
	case *ast.GenDecl:
		if lw.genericAliasDecl(n) {
			return false
		}
		if n.Tok == token.CONST {
			lw.constDecl = n
		}
		lw.constExpand(n)
	case *ast.StructType:
		lw.blankFields(n) // (blanks.go)
	case *ast.TypeSpec:
		if n.Assign.IsValid() && (n.TypeParams != nil || lw.localAlias(n.Name) != nil) {
			return false // a generic or local alias, left out (genericAliasDecl)
		}
		lw.tagStructType(n)
		lw.tagDefinedStruct(n)
		lw.markNamedType(n)
		lw.rebaseType(n)
		lw.recFuncTypeSpec(n)
		lw.selfRefDecl(n)
	case *ast.SelectorExpr:
		if lw.lowerValue(n) {
			return false
		}
		lw.boxedMethod(n)
		lw.boxedRead(n)
		lw.promoted(n)
		return lw.methodExpr(n)
	case *ast.ForStmt:
		lw.forStmt(n)
	case *ast.SwitchStmt:
		if lw.switchIndexed(n) {
			return false
		}
		lw.switchInitTag(n)
		tag := lw.ifaceSwitch(n)
		lw.defaultLast(n.Body, tag, false)
		lw.caseLists(n)
		lw.mixedCases(n)
	case *ast.CallExpr:
		if lw.asType(n) || lw.elemConv(n) || lw.foldRealImag(n) || lw.foldLenOfPointer(n) {
			return false
		}
		if id, ok := ast.Unparen(n.Fun).(*ast.Ident); ok {
			lw.skipTag(id)
		}
		if sel, ok := ast.Unparen(n.Fun).(*ast.SelectorExpr); ok {
			if lw.called == nil {
				lw.called = map[*ast.SelectorExpr]bool{}
			}
			lw.called[sel] = true
		}
		fn := lw.calledFunc(n)
		lw.callConvs(n, fn)
		if fn != nil {
			lw.goroutineFunc(n, fn)
			lw.timerCall(n, fn) // (timers.go)
			lw.compiledCall(n, fn)
		} else {
			lw.compiledFuncValueCall(n)
		}
		lw.named(n)
		lw.spreadNil(n)
		lw.spreadTupleIface(n, fn)  // (tupleiface.go)
		lw.compiledAnyResult(n, fn) // (anyresult.go)
		lw.funcFieldMethod(n)
		lw.untaggedOperand(n)
		lw.recFuncCall(n)
		lw.convDeref(n)
		if !lw.newExpr(n) || !lw.unsafeCall(n) { // (unsafecalls.go)
			return false
		}
		return lw.call(n)
	case *ast.AssignStmt:
		lw.tupleMapAssign(n) // (mapassign.go; first: its function is outermost)
		lw.boxedAssign(n)
		if len(n.Lhs) == 1 {
			lw.selfRefArrayWrite(n, n.Lhs[0])
		}
		lw.shiftCount(n)
		lits := len(lw.edits)
		lw.parallelLits(n.Lhs, nil, n.Rhs, nil) // (outside the conversions)
		if len(lw.edits) == lits {
			lw.anyTargets(n) // (anytargets.go)
		}
		lw.assignConvs(n)
		lw.parallelIfaceConvs(n)
		lw.assignRecv(n)
		edits := len(lw.edits)
		lw.untaggedTuple(n)
		if len(lw.edits) == edits {
			lw.compiledTupleIface(n) // (tupleiface.go)
		}
		lw.blankRecv(n)
		if len(n.Lhs) == len(n.Rhs) {
			lw.valueParens(n.Rhs, n.Tok == token.ASSIGN)
		}
		if len(n.Lhs) == 2 && !lw.commStmts[n] {
			lw.commaOkIndex(n.Rhs)
		}
		lw.litParens(n)
		if isAssign(n.Tok) {
			lw.blankDerefs(nil, n.Lhs, n.Rhs)
		}
	case *ast.ValueSpec:
		lw.parallelLits(nil, n.Names, n.Values, n.Type)
		if len(n.Names) == 2 {
			lw.commaOkIndex(n.Values)
		}
		lw.specConvs(n)
		lw.blankDerefs(n.Names, nil, n.Values)
	case *ast.CompositeLit:
		lw.localAliasLit(n)
		lw.boxedLit(n)
		lw.elidedPointers(n)
		lw.mapLitDerefs(n)
		lw.mapLitKeys(n) // (around compositeConvs' conversions)
		lw.compositeConvs(n)
		lw.tailLit(n)
	case *ast.SendStmt:
		lw.sendConvs(n)
	case *ast.ReturnStmt:
		lw.returnConvs(n)
		lw.valueParens(n.Results, false)
	case *ast.TypeSwitchStmt:
		kept := lw.typeSwitch(n) // (else a switch without a tag)
		if kept {
			lw.switchSymbol(n)
		}
		lw.defaultLast(n.Body, false, kept)
		return kept
	case *ast.TypeAssertExpr:
		return lw.typeAssert(n)
	case *ast.BranchStmt:
		// yaegi v0.16.1 does not leave a loop on a labeled break
		// that is a select case's statement; in a block it does
		if n.Label != nil && n.Tok != token.GOTO {
			lw.insert(n.Pos(), "{ ")
			lw.insertClose(n.End(), " }")
		}
		lw.relabelUse(n.Label)
	case *ast.Ident:
		if lw.localAliasUse(n) {
			return false
		}
		if lw.shadowedName(n) {
			return false
		}
		if lw.anyAlias(n) {
			return false
		}
		if !lw.instance(n, nil) && !lw.tag(n) {
			lw.funcValueConv(n)
		}
	case *ast.IndexExpr:
		if lw.aliasInstance(n, n.X) {
			return false
		}
		if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && lw.instance(id, n) {
			return false
		}
		if !lw.iterType(n) {
			return false
		}
		lw.index(n)
		lw.untaggedOperand(n)
		lw.mapKey(n.Index, lw.info.TypeOf(n.X))
	case *ast.SliceExpr:
		lw.slice(n)
	case *ast.IncDecStmt:
		lw.selfRefArrayWrite(n, n.X)
	case *ast.ParenExpr:
		lw.funcParens(n)
	case *ast.BinaryExpr:
		if lw.foldConstant(n) {
			return false
		}
		lw.ifaceEqual(n)
		lw.mixedEqual(n)
		lw.shiftOperand(n)
		lw.shiftCount(n)
		lw.untaggedOperand(n)
	case *ast.IndexListExpr:
		if lw.aliasInstance(n, n.X) {
			return false
		}
		if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && lw.instance(id, n) {
			return false
		}
		return lw.iterType(n)
	}
	return true
}

// rtName is what lowered cells import package rt as.
const rtName = "gofuturesrt"

// refusal is a construct of a cell, valid Go, that the interpreter would
// run wrongly and the lowering cannot lower: the cell is refused before
// anything runs, as an interpreter's error at pos.
type refusal struct {
	pos token.Pos
	msg string
}
