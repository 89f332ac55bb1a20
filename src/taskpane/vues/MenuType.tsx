import {
  Button,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuItemRadio,
  MenuList,
  MenuPopover,
  MenuTrigger,
} from "@fluentui/react-components";
import { MoreVerticalRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { CATALOGUE_ONGLETS } from "../../domain/classeur/catalogue/catalogue";
import { TYPES_ONGLET, type TypeOnglet } from "../../domain/classeur/types-onglet";
import type { LigneSommaire } from "../../use-cases/vue-sommaire";
import { useSession } from "../etat/session";
import { T } from "../textes";

const libelleType = (type: TypeOnglet): string => {
  const e = CATALOGUE_ONGLETS.find((x) => x.type === type);
  if (!e) return T.sommaire.typeInconnu;
  return e.annexe === "—" ? e.titre : T.sommaire.annexe(e.annexe, e.titre);
};

/**
 * Menu « corriger le type » d'un onglet (la correction est enregistrée dans le classeur).
 *
 * Monté à la première ouverture seulement (ADR 0031) : jusque-là, un simple bouton qui annonce
 * son menu (`aria-haspopup`). Un `Menu` de Fluent par ligne (contexte, positionnement, zone de
 * sûreté, animation) pesait dans le premier rendu du sommaire, alors que presque personne ne
 * corrige un type. Le premier clic (ou Entrée, Espace) monte le menu déjà ouvert ; ensuite, c'est
 * le menu de Fluent (Échap rend le focus au bouton).
 */
export function MenuType({ ligne }: { readonly ligne: LigneSommaire }) {
  const { session, etat } = useSession();
  const [monte, setMonte] = useState(false);
  const corrige = ligne.origine === "correction";
  const bouton = (
    <Button
      appearance="subtle"
      icon={<MoreVerticalRegular />}
      aria-label={T.sommaire.menuType(ligne.nom)}
      disabledFocusable={etat.action !== null || !etat.analyse}
      {...(monte ? {} : { "aria-haspopup": "menu" as const, onClick: () => setMonte(true) })}
    />
  );
  if (!monte) return bouton;
  return (
    <Menu
      defaultOpen
      checkedValues={{ type: [ligne.type] }}
      onCheckedValueChange={(_, d) => {
        const type = d.checkedItems[0] as TypeOnglet | undefined;
        if (type && type !== ligne.type) void session.corrigerType(ligne.sheetId, type);
      }}
    >
      <MenuTrigger disableButtonEnhancement>{bouton}</MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuGroup>
            <MenuGroupHeader>{T.sommaire.menuTypeTitre}</MenuGroupHeader>
            {TYPES_ONGLET.map((type) => (
              <MenuItemRadio key={type} name="type" value={type}>
                {libelleType(type)}
              </MenuItemRadio>
            ))}
          </MenuGroup>
          {corrige ? (
            <>
              <MenuDivider />
              <MenuItem onClick={() => void session.corrigerType(ligne.sheetId, null)}>
                {T.sommaire.typeAuto}
              </MenuItem>
            </>
          ) : null}
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
