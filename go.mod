module newsextract

go 1.26.8
