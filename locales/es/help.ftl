# Ayuda.

help-participant = Aquí puede enviar un mensaje o un mensaje de voz: le llega a su guía. Toque un botón de abajo para ver más.
help-facilitator = Aquí llegan los mensajes de sus participantes. Toque "Responder" debajo de un mensaje para contestar. Envíe "menú" para ver sus herramientas.
