# Kalendaryo: ang mga pangalan ng mga pista, pag-aayuno at bakasyon, at ang mga paalala tungkol dito.

observance-public-holiday = pista opisyal
observance-school-holiday = bakasyon sa paaralan
observance-ramadan = Ramadan
observance-eid-al-fitr = Eid al-Fitr
observance-eid-al-adha = Eid al-Adha
observance-christmas = Pasko
observance-easter = Pasko ng Pagkabuhay
observance-orthodox-christmas = Paskong Ortodokso
observance-orthodox-easter = Ortodoksong Pasko ng Pagkabuhay
observance-keti-koti = Keti Koti
observance-divali = Diwali
observance-holi = Holi
observance-chinese-new-year = Bagong Taon ng mga Tsino
observance-all-saints = Undas
observance-custom = sariling petsa
observance-note-ramadan = 🌙 Ramadan ngayon: tuloy po ang pagkikita, pero walang salu-salo.
observance-note-school-holiday = 🏫 Bakasyon sa paaralan, pero magkikita tayo gaya ng dati.
observance-note-public-holiday = 🎉 Pista opisyal, pero magkikita tayo gaya ng dati.
# Variables:
#   $date (string) - the day, written out in the recipient's language
#   $observance (string) - the observance's name, from an observance-… message
schedule-reason = { $date }: { $observance }
