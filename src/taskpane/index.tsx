import { createRoot } from "react-dom/client";
import { OfficeGateway } from "../gateway/office/office-gateway";
import { App } from "./App";
import { Coque, detecterHote } from "./coque";

/**
 * Point d'entrée du volet (composition : choisit la passerelle). Dans Excel : passerelle Office.js ;
 * ailleurs : `gateway` nul et bandeau « hors d'Excel ». La coque s'affiche dès le chargement.
 */
const element = document.getElementById("racine");
if (!element) throw new Error("Élément #racine absent de taskpane.html.");
const racine = createRoot(element);
racine.render(<Coque situation={null} />);

void detecterHote().then(({ situation, excel }) => {
  document.documentElement.dataset["hote"] = situation;
  const gateway = excel ? new OfficeGateway(excel) : null;
  racine.render(
    <Coque situation={situation}>
      <App gateway={gateway} />
    </Coque>,
  );
});
