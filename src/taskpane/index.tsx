// En tête : dans Excel, le morceau du volet et le fil d'analyse partent avant l'évaluation de React
// et de Fluent UI (le reste de ce script).
import "./demarrer";
import { Suspense } from "react";
import { createRoot } from "react-dom/client";
import { paresseux } from "./composants/paresseux";
import { Coque, dansUnHoteOffice, detecterHote, Squelette, TEXTES_COQUE } from "./coque";

/**
 * Point d'entrée du volet (composition : choisit la passerelle). Le script initial ne contient que
 * la coque (titre, bandeaux, squelette) : elle s'affiche dès le chargement. Dans Excel, le morceau
 * « volet » (passerelle Office.js, fil d'analyse, vues) se charge pendant qu'office.js
 * s'initialise, et le fil d'analyse démarre (son script se charge pendant ce temps, ADR 0013) ; ailleurs, `Excel` absent : bandeau « hors d'Excel », rien de plus.
 */
const Volet = paresseux(
  async () => (await import(/* webpackChunkName: "volet" */ "./volet")).VoletExcel,
  "Volet",
);

const element = document.getElementById("racine");
if (!element) throw new Error("Élément #racine absent de taskpane.html.");
const racine = createRoot(element);
racine.render(<Coque situation={null} />);
// Déjà demandé par ./demarrer : le morceau est marqué chargé pour `Volet` (paresseux).
if (dansUnHoteOffice()) void Volet.precharger().catch(() => undefined);

void detecterHote().then(({ situation, excel }) => {
  document.documentElement.dataset["hote"] = situation;
  // La première lecture part dès le morceau chargé, avant le rendu du volet (ADR 0028).
  if (excel)
    void import(/* webpackChunkName: "volet" */ "./volet")
      .then((m) => m.preparerVolet(excel))
      .catch(() => undefined);
  racine.render(
    <Coque situation={situation}>
      {excel ? (
        <Suspense fallback={<Squelette texte={TEXTES_COQUE.chargementVolet} />}>
          <Volet excel={excel} />
        </Suspense>
      ) : null}
    </Coque>,
  );
});
