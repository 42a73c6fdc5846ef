# The Housing Platform in one image: the API server, which also serves the built staff app.
FROM node:20-bookworm-slim

RUN npm install --global --no-fund --no-audit pnpm@10.34.8

WORKDIR /app
RUN chown node:node /app
USER node

# Everything, then one install: the postinstall step (prisma generate) needs the schema, and tsx
# (a dev dependency) runs the server, so the full dependency set is installed.
COPY --chown=node:node . .
# Only the staff app: the server serves it; the client package (packages/client) is for other systems.
RUN pnpm install --frozen-lockfile && pnpm --filter @housing/web build

ENV HOST=0.0.0.0 \
    PORT=3000
EXPOSE 3000

# The build is done above, so start the API directly rather than `pnpm start` (which builds again).
CMD ["pnpm", "--filter", "@housing/api", "start"]
