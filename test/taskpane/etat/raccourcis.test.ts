import { raccourciDe } from "../../../src/taskpane/etat/raccourcis";

/** Raccourcis du volet : Alt+flèche, sauf là où la flèche a déjà un sens (champ, liste). */

const cible = (html: string): Element => {
  document.body.innerHTML = html;
  const e = document.querySelector("[data-cible]");
  if (!e) throw new Error("cible absente");
  return e;
};

const touche = (
  key: string,
  mods: Partial<Record<"altKey" | "ctrlKey" | "metaKey" | "shiftKey", boolean>>,
  target: Element,
) => ({
  key,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...mods,
  target,
});

describe("raccourcis du volet", () => {
  const bouton = () => cible("<button data-cible>ok</button>");
  it.each([
    ["Alt+Flèche bas sur un bouton", touche("ArrowDown", { altKey: true }, bouton()), "suivante"],
    ["Alt+Flèche haut sur un bouton", touche("ArrowUp", { altKey: true }, bouton()), "precedente"],
    ["Flèche bas seule", touche("ArrowDown", {}, bouton()), null],
    ["Ctrl+Alt+Flèche bas", touche("ArrowDown", { altKey: true, ctrlKey: true }, bouton()), null],
    ["Alt+Maj+Flèche bas", touche("ArrowDown", { altKey: true, shiftKey: true }, bouton()), null],
    ["Alt+N", touche("n", { altKey: true }, bouton()), null],
    [
      "dans un champ texte",
      touche("ArrowDown", { altKey: true }, cible("<input data-cible>")),
      null,
    ],
    [
      "dans une liste déroulante",
      touche(
        "ArrowDown",
        { altKey: true },
        cible("<div role='combobox'><span data-cible>x</span></div>"),
      ),
      null,
    ],
  ])("%s", (_, e, attendu) => {
    expect(raccourciDe(e)).toBe(attendu);
  });
});
