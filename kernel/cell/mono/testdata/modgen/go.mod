module example.com/modgen

go 1.22
