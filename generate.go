package apierr

//go:generate go run ./gen -specs ./specs -out ./generated
