// Place names for a London borough's property register: estates, blocks and streets in the style
// of Hackney's, with the postcode districts and sectors that cover them.

const words = (list: string): readonly string[] => list.split("|");

export type PostcodeDistrict = { district: string; sectors: readonly number[]; locality: string };

export const postcodeDistricts: readonly PostcodeDistrict[] = [
  { district: "E5", sectors: [0, 8, 9], locality: "Clapton" },
  { district: "E8", sectors: [1, 2, 3, 4], locality: "Hackney" },
  { district: "E9", sectors: [5, 6, 7], locality: "Homerton" },
  { district: "N1", sectors: [3, 4, 5, 6], locality: "Hoxton" },
  { district: "N16", sectors: [0, 5, 6, 7, 8, 9], locality: "Stoke Newington" },
];

/** The letters a postcode's unit may use (never C, I, K, M, O or V). */
export const postcodeUnitLetters = "ABDEFGHJLNPQRSTUWXYZ";

export type Street = { name: string; district: string };

const streetsByDistrict: Readonly<Record<string, string>> = {
  E5: "Clapton Common|Lower Clapton Road|Upper Clapton Road|Chatsworth Road|Powerscroft Road|Rushmore Road|Glyn Road|Millfields Road|Kenninghall Road|Northwold Road|Brooke Road|Rendlesham Road|Median Road|Mount Pleasant Lane|Springfield|Casimir Road",
  E8: "Dalston Lane|Mare Street|Amhurst Road|Powell Road|Sandringham Road|Graham Road|Richmond Road|Wilton Way|Navarino Road|Forest Road|Queensbridge Road|Kingsland Road|Pownall Road|Greenwood Road|Evering Road|Downs Park Road|Cecilia Road|Shacklewell Lane|Wilman Grove|Albion Drive",
  E9: "Homerton High Street|Morning Lane|Well Street|Victoria Park Road|Cassland Road|Wick Road|Kenworthy Road|Brenthouse Road|Chatham Place|Digby Road|Ballance Road|Eastway|Gascoyne Road|Frampton Park Road|Lauriston Road",
  N1: "Hoxton Street|Pitfield Street|De Beauvoir Road|Englefield Road|Southgate Road|Balls Pond Road|Mildmay Grove|Northchurch Road|Downham Road|Whitmore Road|Bridport Place|Crondall Street|Murray Grove|East Road|Nuttall Street",
  N16: "Stoke Newington Church Street|Stoke Newington High Street|Albion Road|Manor Road|Lordship Road|Green Lanes|Stamford Hill|Amhurst Park|Osbaldeston Road|Kyverdale Road|Cazenove Road|Nevill Road|Allerton Road|Woodberry Grove|Seven Sisters Road|Brownswood Road",
};

export const streets: readonly Street[] = Object.entries(streetsByDistrict).flatMap(([district, names]) =>
  words(names).map((name) => ({ name, district })),
);

export const estateNames = words(
  "Pembury|Nightingale|Kingshold|Holly Street|Frampton Park|Woodberry Down|Gascoyne|Kings Crescent|Banister|Wenlock Barn|De Beauvoir|Colville|Haggerston|Marian Court|Tower Court|Stamford Hill|Milton Gardens|Lincoln Court|Wyke|Morningside|Trowbridge|Kingsmead|Clapton Park|Fellows Court|Whiston|Lubavitch|Mabley|Pitfield|Shakespeare Walk|Rhodes|Linscott|Lordship South|Regents|Bethune Road|Hindle House|Gooch|Nisbet|Sutton House|Lea View|Daubeney|Cranwood|Provost|Geffrye|Rochester|Suffolk|Ickburgh|Bayford|Beecholme|Berkshire|Kingsgate|Leabridge|Millfields|Wardle|Somerford Grove|Stellman|Granville|Northwold|Jack Watts|Tiverton|Orchard",
);

export const estateSuffixes = words("Estate|Gardens Estate|Park Estate|Fields Estate|Green Estate");

export const blockNameStems = words(
  "Newcome|Mabley|Aspland|Brooke|Downs|Kenmure|Templar|Raymond|Granard|Bodney|Cotton|Cranston|Dunnock|Fenwick|Gillett|Harrington|Inglis|Jarrow|Kelmscott|Larkspur|Linnet|Merriam|Nesham|Osprey|Parkside|Quarrymen|Radley|Sandford|Tallis|Upton|Vesey|Wardlow|Yardley|Zander|Ambler|Burbage|Carlow|Denholme|Elvin|Fairchild|Garnham|Hensley|Ivydale|Jasper|Kestrel|Lomond|Mercer|Nolan|Ormsby|Pennington|Rowley|Sherwood|Thornbury|Underhill|Verity|Whitby|Ashdown|Beckett|Cheyne|Dryden|Eaton|Falkland|Gorsuch|Hawksley|Ironside|Juniper|Kinross|Lansbury|Marlowe|Norton|Oakley|Palatine|Reardon|Seaton|Trevor|Walton|Alderney|Bartholomew|Clifton|Dalmeny|Essex|Fountayne|Glenarm",
);

export const blockSuffixes = words("House|Court|Point|Tower|Lodge|Mansions|Close|Heights");

/** Streets outside the borough, for forwarding and correspondence addresses. */
export const elsewhereAddresses: readonly { street: string; town: string; postcodeArea: string }[] = [
  { street: "Forest Road", town: "London", postcodeArea: "E17" },
  { street: "High Road", town: "London", postcodeArea: "N15" },
  { street: "Lea Bridge Road", town: "London", postcodeArea: "E10" },
  { street: "Romford Road", town: "London", postcodeArea: "E7" },
  { street: "Holloway Road", town: "London", postcodeArea: "N7" },
  { street: "Bow Road", town: "London", postcodeArea: "E3" },
  { street: "Station Road", town: "Harlow", postcodeArea: "CM20" },
  { street: "London Road", town: "Luton", postcodeArea: "LU1" },
  { street: "Church Street", town: "Enfield", postcodeArea: "EN2" },
  { street: "Victoria Road", town: "Romford", postcodeArea: "RM1" },
];
