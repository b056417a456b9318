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
EXPOSE 8080
CMD ["hocnghe", "--config", "/etc/hocnghe/production.toml", "serve"]
