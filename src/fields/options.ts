import { tr } from '../i18n/labels'

/** Select options shared by several collections, with their admin labels. */

export const regionOptions = [
  { value: 'flanders', label: tr('Vlaanderen', 'Flandre', 'Flanders') },
  { value: 'brussels', label: tr('Brussel', 'Bruxelles', 'Brussels') },
  { value: 'wallonia', label: tr('Wallonië', 'Wallonie', 'Wallonia') },
  { value: 'federal', label: tr('Federaal', 'Fédéral', 'Federal') },
]

export type RegionValue = 'flanders' | 'brussels' | 'wallonia' | 'federal'

export const localeOptions = [
  { value: 'nl', label: tr('Nederlands', 'Néerlandais', 'Dutch') },
  { value: 'fr', label: tr('Frans', 'Français', 'French') },
  { value: 'en', label: tr('Engels', 'Anglais', 'English') },
]

export const organisationTypeOptions = [
  { value: 'municipality', label: tr('Gemeente of stad', 'Commune ou ville', 'Municipality') },
  { value: 'public-welfare-centre', label: tr('OCMW', 'CPAS', 'Public welfare centre (OCMW/CPAS)') },
  { value: 'local-service', label: tr('Lokale dienst', 'Service local', 'Local service') },
  { value: 'government-agency', label: tr('Overheidsagentschap', 'Agence publique', 'Government agency') },
  { value: 'umbrella', label: tr('Koepelorganisatie', 'Organisation faîtière', 'Umbrella organisation') },
  { value: 'nonprofit', label: tr('Vzw of middenveld', 'ASBL ou associatif', 'Nonprofit') },
  { value: 'education', label: tr('Onderwijs', 'Enseignement', 'Education') },
  { value: 'company', label: tr('Bedrijf', 'Entreprise', 'Company') },
  { value: 'other', label: tr('Andere', 'Autre', 'Other') },
]

export const themeSchemeOptions = [
  { value: 'domain', label: tr('Beleidsdomein', 'Domaine politique', 'Policy domain') },
  { value: 'target-group', label: tr('Doelgroep', 'Groupe cible', 'Target group') },
  { value: 'dimension', label: tr('Diversiteitsdimensie', 'Dimension de la diversité', 'Diversity dimension') },
]

export const organisationRoleOptions = [
  { value: 'lead', label: tr('Trekker', 'Porteur', 'Lead') },
  { value: 'partner', label: tr('Partner', 'Partenaire', 'Partner') },
  { value: 'funder', label: tr('Financier', 'Financeur', 'Funder') },
]

export const policyPlanStatusOptions = [
  { value: 'draft', label: tr('Ontwerp', 'Projet', 'Draft') },
  { value: 'adopted', label: tr('Goedgekeurd', 'Adopté', 'Adopted') },
  { value: 'ended', label: tr('Afgelopen', 'Terminé', 'Ended') },
]
