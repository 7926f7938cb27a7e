//go:build ignore

// Warehouse events logged with log/slog: a TextHandler writing to os.Stdout
// whose ReplaceAttr drops the time and renames the level, loggers made with
// With and WithGroup, cell types with a LogValue and a String, and a JSON
// handler for the summary.
package main

import (
	"fmt"
	"log/slog"
	"os"
	"strings"
)

type SKU string

type Item struct {
	SKU   SKU
	Name  string
	Qty   int
	Price float64
}

func (i Item) LogValue() slog.Value {
	return slog.GroupValue(
		slog.String("sku", string(i.SKU)),
		slog.Int("qty", i.Qty),
	)
}

type Bin struct {
	Aisle, Shelf int
}

func (b Bin) String() string { return fmt.Sprintf("A%02d-S%d", b.Aisle, b.Shelf) }

func dropTime(groups []string, a slog.Attr) slog.Attr {
	if len(groups) == 0 && a.Key == slog.TimeKey {
		return slog.Attr{}
	}
	if a.Key == slog.LevelKey {
		a.Value = slog.StringValue(strings.ToLower(a.Value.String()))
	}
	return a
}

var logger = slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{
	Level:       slog.LevelDebug,
	ReplaceAttr: dropTime,
}))

//cell

var stock = map[SKU]*Item{}
var bins = map[SKU]Bin{}

func receive(it Item, b Bin) {
	if cur, ok := stock[it.SKU]; ok {
		cur.Qty += it.Qty
		logger.Info("restock", "item", *cur, "added", it.Qty)
		return
	}
	copyIt := it
	stock[it.SKU] = &copyIt
	bins[it.SKU] = b
	logger.Info("new item", "item", it, "bin", b, "name", it.Name)
}

func init() {
	receive(Item{"BLT-10", "bolt M10", 200, 0.12}, Bin{3, 1})
	receive(Item{"NUT-10", "nut M10", 150, 0.05}, Bin{3, 2})
	receive(Item{"WSH-10", "washer", 500, 0.01}, Bin{12, 4})
	receive(Item{"BLT-10", "bolt M10", 50, 0.12}, Bin{3, 1})
}

//cell

type ShortageError struct {
	SKU       SKU
	Want, Has int
}

func (e *ShortageError) Error() string {
	return fmt.Sprintf("%s: want %d, have %d", e.SKU, e.Want, e.Has)
}

func pick(order string, sku SKU, n int) error {
	l := logger.With("order", order).WithGroup("pick")
	it, ok := stock[sku]
	if !ok {
		l.Warn("unknown sku", "sku", sku)
		return fmt.Errorf("order %s: unknown %s", order, sku)
	}
	if it.Qty < n {
		err := &ShortageError{sku, n, it.Qty}
		l.Error("short", "err", err, "bin", bins[sku])
		return err
	}
	it.Qty -= n
	l.Debug("picked", "sku", sku, "n", n, "left", it.Qty)
	return nil
}

func init() {
	for _, p := range []struct {
		order string
		sku   SKU
		n     int
	}{{"o-1", "BLT-10", 120}, {"o-1", "NUT-10", 120}, {"o-2", "NUT-10", 40}, {"o-3", "XYZ", 1}, {"o-4", "WSH-10", 499}} {
		if err := pick(p.order, p.sku, p.n); err != nil {
			fmt.Println("error:", err)
		}
	}
}

//cell

func main() {
	total := 0.0
	for _, sku := range []SKU{"BLT-10", "NUT-10", "WSH-10"} {
		it := stock[sku]
		total += float64(it.Qty) * it.Price
		logger.Info("level", slog.Group("stock", "sku", sku, "qty", it.Qty), slog.Any("bin", bins[sku]))
	}
	j := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: dropTime}))
	j.Info("summary", "value", fmt.Sprintf("%.2f", total), "items", len(stock), "item", *stock["NUT-10"])
	quiet := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{Level: slog.LevelWarn, ReplaceAttr: dropTime}))
	quiet.Info("not shown")
	quiet.Warn("shown", "bin", Bin{1, 1})
}
