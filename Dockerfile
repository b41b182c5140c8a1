# syntax=docker/dockerfile:1
# Builds The Great Work: compile with dev dependencies, then ship only production ones.

FROM node:20-bookworm-slim AS build
WORKDIR /app
# sqlite3 falls back to compiling its native module when no prebuilt binary matches.
RUN apt-get update \
  && apt-get install -y --no-install-recommends python3 make g++ \
  && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY src ./src
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production \
  HTTP_HOST=0.0.0.0 \
  HTTP_PORT=3000 \
  DATABASE_PATH=/data/great-work.sqlite \
  GAME_CONFIG_PATH=/app/config/game.yaml
WORKDIR /app
COPY --from=build --chown=node:node /app/package.json ./
COPY --from=build --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node config/game.yaml ./config/game.yaml
# The database folder belongs to the unprivileged `node` user that ships with the image.
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:3000/health/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"
CMD ["node", "dist/main.js"]
