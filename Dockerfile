FROM rust:1.95-bookworm AS build
WORKDIR /src
COPY . .
RUN cargo build --release --locked --bin hocnghe

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates curl && rm -rf /var/lib/apt/lists/*
COPY --from=build /src/target/release/hocnghe /usr/local/bin/hocnghe
COPY config/production.toml /etc/hocnghe/production.toml
RUN useradd --system --home /var/lib/hocnghe hocnghe && mkdir -p /var/lib/hocnghe && chown hocnghe /var/lib/hocnghe
USER hocnghe
# mimalloc (the binary's allocator) keeps freed pages for reuse; purging them at
# once measured 577 instead of 978 MiB RSS after the benchmark's search and
# ranking load, for a few percent of search throughput (docs/search.md).
ENV MIMALLOC_PURGE_DELAY=0
EXPOSE 8080
CMD ["hocnghe", "--config", "/etc/hocnghe/production.toml", "serve"]
