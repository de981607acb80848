# The one command surface: CI and the README call these targets.
SHELL := /bin/bash
.DEFAULT_GOAL := help
TEST_DATABASE_URL ?=
export TEST_DATABASE_URL

.PHONY: help install build start dev lint format typecheck test test-backend test-frontend test-e2e validate bench-checks docker-build clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  %-15s %s\n", $$1, $$2}'

install: ## Install every workspace's dependencies from the lock file
	npm ci --no-audit --no-fund

build: ## Build the backend and the SPA
	npm run build

start: install build ## Install, build, and run apimon on http://localhost:8080 (embedded database in ./data)
	npm start --silent

dev: ## Backend in watch mode + Vite dev server (http://localhost:5173) proxying /api
	trap 'kill 0' INT TERM EXIT; NODE_ENV=development npm run dev -w backend & npm run dev -w frontend; wait

lint: ## ESLint and Prettier
	npm run lint

format: ## Rewrite files with Prettier
	npm run format

typecheck: ## TypeScript, all three projects
	npm run typecheck

test: ## Everything CI runs: lint, typecheck, build, all tests (both databases), e2e, infra validation
	bash scripts/test-all.sh

test-backend: ## Backend unit + integration tests (PGlite; PostgreSQL when TEST_DATABASE_URL is set)
	npm test -w backend

test-frontend: ## Frontend unit tests
	npm test -w frontend

test-e2e: ## Playwright against the built app in Debian's Chromium
	bash scripts/ensure-chromium.sh
	npm test -w e2e

validate: ## Offline validation of workflows, Dockerfiles and docker-compose.yml
	node scripts/validate-infra.mjs

docker-build: ## Build both images locally (needs a Docker engine)
	docker build -f backend/Dockerfile -t apimon-backend:local .
	docker build -f frontend/Dockerfile -t apimon-frontend:local .

clean: ## Remove build output (not ./data)
	rm -rf backend/dist frontend/dist e2e/test-results e2e/playwright-report
