# A static extract in an image with nothing else: it reads an article on
# standard input and writes its entities.
#
#	docker build -t newsextract .
#	docker run -i --rm newsextract < article.txt
#	docker run -i --rm newsextract run --format json - < article.txt
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o /extract ./cmd/extract

FROM scratch
COPY --from=build /extract /extract
COPY LICENSE /LICENSE
USER 65534:65534
ENTRYPOINT ["/extract"]
CMD ["run", "-"]
