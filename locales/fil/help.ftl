# Tulong.

help-participant = Maaari po kayong magpadala rito ng mensahe o voice message: matatanggap ito ng inyong lider ng grupo. Pindutin ang isang button sa ibaba para sa iba pa.
help-facilitator = Dito dumarating ang mga mensahe ng inyong mga miyembro. Pindutin ang "Sumagot" sa ilalim ng mensahe para sumagot. Ipadala ang "menu" para sa inyong mga gamit.
