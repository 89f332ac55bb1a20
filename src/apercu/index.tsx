import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  webLightTheme,
} from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { Apercu } from "./Apercu";
import { chargerHote } from "./charger";
import { TA } from "./textes";

/**
 * Aperçu navigateur (`npm start` sans Excel) : l'hôte Excel simulé, chargé avec le classeur
 * d'exemple, est installé comme `window.Excel` ; le même volet (Coque + App) s'affiche à côté
 * d'une grille de la feuille active.
 */
const element = document.getElementById("racine");
if (!element) throw new Error("Élément #racine absent de apercu.html.");
const racine = createRoot(element);
racine.render(
  <FluentProvider theme={webLightTheme}>
    <main>
      <Spinner label={TA.chargement} />
    </main>
  </FluentProvider>,
);

chargerHote().then(
  (hote) => racine.render(<Apercu hote={hote} />),
  (e: unknown) =>
    racine.render(
      <FluentProvider theme={webLightTheme}>
        <main>
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{TA.erreurTitre}</MessageBarTitle>
              {e instanceof Error ? e.message : String(e)}
            </MessageBarBody>
          </MessageBar>
        </main>
      </FluentProvider>,
    ),
);
