import { defineConfig } from "@playwright/test";
import base from "./playwright.config";

/** Captures d'écran du volet (docs/captures/) : mêmes réglages que les tests de bout en bout. */
export default defineConfig({ ...base, testDir: "test/captures", workers: 1 });
