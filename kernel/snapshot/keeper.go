package snapshot

import (
	"maps"
	"slices"
)

// Keeper snapshots a notebook's variables cell after cell. Each snapshot
// holds the variables a cell may have changed plus every variable that
// shares memory with them (a pointer, map or array), so that variables
// sharing a value always come back from one snapshot, still shared.
//
// A Keeper belongs to one interpreter; its methods must not be called
// concurrently.
type Keeper struct {
	// Skip, when set, names variables not to read now (goroutines may be
	// writing them); a snapshot leaves them out, with those sharing
	// memory with them, and says so (SnapshotResult.Skipped).
	Skip func(name string) bool

	owner  map[uintptr]string   // what a variable's latest snapshot holds -> that variable
	owners map[uintptr][]string // the same, where more than one holds it
	held   map[string][]uintptr // the reverse
}

// SnapshotResult is what Keeper.Snapshot wrote.
type SnapshotResult struct {
	Vars     []string  // the variables in the snapshot, sorted
	Problems []Problem // values in it that will not be restored
	Skipped  []string  // variables left out (Keeper.Skip), sorted
}

// Snapshot encodes the variables names (those that are variables of b;
// others are ignored) and the variables sharing memory with them. With no
// variable to encode it returns nil. The Encoded refers to the variables'
// large arrays: write it before they change.
func (k *Keeper) Snapshot(b *Interp, names []string) (*Encoded, SnapshotResult) {
	if k.owner == nil {
		k.owner, k.owners, k.held = map[uintptr]string{}, map[uintptr][]string{}, map[string][]uintptr{}
	}
	globals := Globals(b.In)
	set := map[string]bool{}
	for _, n := range names {
		if v, ok := globals[n]; ok && v.IsValid() && v.CanAddr() {
			set[n] = true // a variable (constants are not addressable)
		}
	}
	var skipped []string
	if k.Skip != nil {
		for n := range set {
			if k.Skip(n) {
				delete(set, n)
				skipped = append(skipped, n)
			}
		}
		slices.Sort(skipped)
	}
	if len(set) == 0 {
		return nil, SnapshotResult{Skipped: skipped}
	}
	types := map[string]string{}
	for {
		sorted := slices.Sorted(maps.Keys(set))
		vars := make([]Var, 0, len(sorted))
		for _, n := range sorted {
			if _, ok := types[n]; !ok {
				types[n], _ = b.VarType(n)
			}
			vars = append(vars, Var{Name: n, Type: types[n], Value: globals[n]})
		}
		held := map[string][]uintptr{}
		extra := map[string]bool{}
		enc := &Encoder{TypeName: b.TypeName, PkgVar: b.PkgVarOf, ErrBox: b.ErrBox, Boxes: b.Boxes, held: func(v string, key uintptr) {
			held[v] = append(held[v], key)
			for _, o := range k.ownersOf(key) {
				if !set[o] {
					if gv, ok := globals[o]; ok && gv.CanAddr() {
						extra[o] = true
					}
				}
			}
		}}
		encoded, probs := enc.encode(vars)
		if len(extra) > 0 {
			for o := range extra {
				if k.Skip != nil && k.Skip(o) {
					// it shares memory with one that must not be read now:
					// the whole group waits
					for n := range set {
						skipped = append(skipped, n)
					}
					slices.Sort(skipped)
					return nil, SnapshotResult{Skipped: slices.Compact(skipped)}
				}
				set[o] = true
			}
			continue
		}
		for _, n := range sorted {
			k.setHeld(n, held[n])
		}
		return encoded, SnapshotResult{Vars: sorted, Problems: probs, Skipped: skipped}
	}
}

// Track records what the variables names of b hold, as after a snapshot
// of them (after a restore, whose snapshots made them share).
func (k *Keeper) Track(b *Interp, names []string) {
	if k.owner == nil {
		k.owner, k.owners, k.held = map[uintptr]string{}, map[uintptr][]string{}, map[string][]uintptr{}
	}
	globals := Globals(b.In)
	var vars []Var
	for _, n := range names {
		if v, ok := globals[n]; ok && v.CanAddr() {
			vars = append(vars, Var{Name: n, Value: v})
		}
	}
	held := map[string][]uintptr{}
	enc := &Encoder{held: func(v string, key uintptr) { held[v] = append(held[v], key) }}
	enc.encode(vars)
	for _, v := range vars {
		k.setHeld(v.Name, held[v.Name])
	}
}

// Forget drops what the keeper knows of a variable.
func (k *Keeper) Forget(name string) { k.setHeld(name, nil) }

func (k *Keeper) ownersOf(key uintptr) []string {
	if list, ok := k.owners[key]; ok {
		return list
	}
	if o, ok := k.owner[key]; ok {
		return []string{o}
	}
	return nil
}

// setHeld replaces what name holds.
func (k *Keeper) setHeld(name string, keys []uintptr) {
	for _, key := range k.held[name] {
		k.removeOwner(key, name)
	}
	if len(keys) == 0 {
		delete(k.held, name)
		return
	}
	keys = slices.Compact(slices.Sorted(slices.Values(keys)))
	k.held[name] = keys
	for _, key := range keys {
		k.addOwner(key, name)
	}
}

func (k *Keeper) addOwner(key uintptr, name string) {
	if list, ok := k.owners[key]; ok {
		if !slices.Contains(list, name) {
			k.owners[key] = append(list, name)
		}
		return
	}
	if o, ok := k.owner[key]; ok && o != name {
		delete(k.owner, key)
		k.owners[key] = []string{o, name}
		return
	}
	k.owner[key] = name
}

func (k *Keeper) removeOwner(key uintptr, name string) {
	if list, ok := k.owners[key]; ok {
		list = slices.DeleteFunc(list, func(s string) bool { return s == name })
		switch len(list) {
		case 0:
			delete(k.owners, key)
		case 1:
			delete(k.owners, key)
			k.owner[key] = list[0]
		default:
			k.owners[key] = list
		}
		return
	}
	if k.owner[key] == name {
		delete(k.owner, key)
	}
}
