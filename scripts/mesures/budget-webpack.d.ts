import type { Compiler } from "webpack";

/** Budget gzip du script initial du volet (budget-webpack.js, ADR 0013). */
export declare const BUDGET_GZIP: number;
export declare class PluginBudgetVolet {
  constructor(options?: { entree?: string; budget?: number });
  apply(compiler: Compiler): void;
}
