# Hulp.

help-participant = U kunt hier een bericht of spraakbericht sturen: uw groepsbegeleider krijgt het. Tik hieronder op een knop voor meer.
help-facilitator = Berichten van uw deelnemers komen hier binnen. Tik op "Antwoorden" onder een bericht om te antwoorden. Stuur "menu" voor uw hulpmiddelen.
