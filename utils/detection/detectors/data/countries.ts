/**
 * Country names in English, and in their own language where that differs and is one we read
 * (lower case), written from general knowledge. A country closing an
 * address line ("…, Pesconuovo, Latvia") completes it the way a postcode does, and a country on
 * its own is a place, not a person ("I'm originally from Grenada").
 */
const COUNTRY_NAMES = `
afghanistan|albania|algeria|andorra|angola|antigua and barbuda|argentina|armenia|australia|austria|azerbaijan|bahamas|
bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia and herzegovina|botswana|brazil|brunei|
bulgaria|burkina faso|burundi|cabo verde|cape verde|cambodia|cameroon|canada|central african republic|chad|chile|china|
colombia|comoros|congo|costa rica|croatia|cuba|cyprus|czechia|czech republic|denmark|djibouti|dominica|dominican republic|
east timor|timor-leste|ecuador|egypt|el salvador|equatorial guinea|eritrea|estonia|eswatini|swaziland|ethiopia|fiji|finland|
france|gabon|gambia|georgia|germany|ghana|greece|grenada|guatemala|guinea|guinea-bissau|guyana|haiti|honduras|hungary|
iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan|jordan|kazakhstan|kenya|kiribati|kosovo|
kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya|liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|
maldives|mali|malta|marshall islands|mauritania|mauritius|mexico|micronesia|moldova|monaco|mongolia|montenegro|morocco|
mozambique|myanmar|burma|namibia|nauru|nepal|netherlands|new zealand|nicaragua|niger|nigeria|north korea|north macedonia|
macedonia|norway|oman|pakistan|palau|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar|
romania|russia|rwanda|saint kitts and nevis|saint lucia|saint vincent and the grenadines|samoa|san marino|
sao tome and principe|saudi arabia|senegal|serbia|seychelles|sierra leone|singapore|slovakia|slovenia|solomon islands|
somalia|south africa|south korea|south sudan|spain|sri lanka|sudan|suriname|sweden|switzerland|syria|taiwan|tajikistan|
tanzania|thailand|togo|tonga|trinidad and tobago|tunisia|turkey|türkiye|turkmenistan|tuvalu|uganda|ukraine|
united arab emirates|united kingdom|uk|united states|usa|united states of america|uruguay|uzbekistan|vanuatu|vatican city|
venezuela|vietnam|yemen|zambia|zimbabwe|greenland|puerto rico|hong kong|macau|western sahara|new caledonia|
french polynesia|faroe islands|gibraltar|bermuda|aruba|curaçao|guam|réunion|martinique|guadeloupe|french guiana|
cayman islands|virgin islands|isle of man|jersey|guernsey|svalbard|antarctica|
deutschland|italia|españa|nederland|belgië|belgique|schweiz|suisse|svizzera|österreich|brasil|méxico|polska`;

export const COUNTRIES: ReadonlySet<string> = new Set(COUNTRY_NAMES.split('|').map((c) => c.trim()).filter(Boolean));
