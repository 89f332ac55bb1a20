import type { KeyboardEvent } from "react";

/** Raccourcis clavier du volet (actifs quand le focus est dans le volet). */
export type Raccourci = "suivante" | "precedente";

export const TOUCHES_RACCOURCIS: Readonly<Record<Raccourci, string>> = {
  suivante: "Alt+ArrowDown",
  precedente: "Alt+ArrowUp",
};

/** Éléments où Alt+flèche a déjà un sens (ouvrir une liste, éditer un texte). */
const SAISIE =
  "input, textarea, select, [role='combobox'], [role='listbox'], [role='menu'], [contenteditable='true']";

export function raccourciDe(
  e: Pick<KeyboardEvent, "key" | "altKey" | "ctrlKey" | "metaKey" | "shiftKey" | "target">,
): Raccourci | null {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  if (e.target instanceof Element && e.target.closest(SAISIE)) return null;
  if (e.key === "ArrowDown") return "suivante";
  if (e.key === "ArrowUp") return "precedente";
  return null;
}
