package symbols

//go:generate go run github.com/traefik/yaegi/cmd/yaegi@v0.16.1 extract github.com/gofutures/gofutures/executor/cluster
