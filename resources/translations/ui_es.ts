<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>The licence text for {name} is missing from this installation ({path}).</source>
        <translation>Falta el texto de la licencia de {name} en esta instalación ({path}).</translation>
    </message>
    <message>
        <source>About FieldRide</source>
        <translation>Acerca de FieldRide</translation>
    </message>
    <message>
        <source>FieldRide logo</source>
        <translation>Logotipo de FieldRide</translation>
    </message>
    <message>
        <source>FieldRide {version}</source>
        <translation>FieldRide {version}</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Offline field coaching: plan, observe, debrief, share, review.</source>
        <translation>Coaching de campo sin conexión: planificar, observar, dar feedback, compartir, analizar.</translation>
    </message>
    <message>
        <source>Qt {qt} · Python {python}</source>
        <translation>Qt {qt} · Python {python}</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Sus datos</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Everything FieldRide knows is in this folder, on this computer only. Daily backups are kept in {backups}/ inside it; to keep a copy elsewhere, copy that folder or run “fieldride backup”.</source>
        <translation>Todo lo que sabe FieldRide está en esta carpeta, solo en este ordenador. Las copias de seguridad diarias se guardan dentro, en {backups}/; para tener una copia en otro sitio, copie esa carpeta o ejecute «fieldride backup».</translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation>&amp;Abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>Copy &amp;path</source>
        <translation>Copiar la &amp;ruta</translation>
    </message>
    <message>
        <source>Fonts and libraries</source>
        <translation>Fuentes y bibliotecas</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Componente</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licencia</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>The list of licences is missing or damaged in this installation ({folder}). Reinstalling FieldRide restores it.</source>
        <translation>La lista de licencias falta o está dañada en esta instalación ({folder}). Reinstalar FieldRide la restablece.</translation>
    </message>
    <message>
        <source>Cannot open the data folder</source>
        <translation>No se puede abrir la carpeta de datos</translation>
    </message>
    <message>
        <source>The data folder {folder} does not exist any more. FieldRide creates it again the next time it starts.</source>
        <translation>La carpeta de datos {folder} ya no existe. FieldRide la vuelve a crear la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>No file manager answered. The data folder is {folder}; use “Copy path” and open it from your file manager.</source>
        <translation>No respondió ningún gestor de archivos. La carpeta de datos es {folder}; use «Copiar la ruta» y ábrala desde su gestor de archivos.</translation>
    </message>
</context>
<context>
    <name>AgreementTable</name>
    <message>
        <source>Agreement per behaviour</source>
        <translation>Coincidencia por comportamiento</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparados</translation>
    </message>
    <message>
        <source>Same level</source>
        <translation>Mismo nivel</translation>
    </message>
    <message>
        <source>Within one level</source>
        <translation>A un nivel como máximo</translation>
    </message>
    <message>
        <source>Lean of {rater}</source>
        <translation>Tendencia de {rater}</translation>
    </message>
    <message>
        <source>All behaviours</source>
        <translation>Todos los comportamientos</translation>
    </message>
    <message>
        <source>{compared} (+{one_sided})</source>
        <translation>{compared} (+{one_sided})</translation>
    </message>
    <message>
        <source>{count} of {compared} ({percent}%)</source>
        <translation>{count} de {compared} ({percent} %)</translation>
    </message>
    <message>
        <source>0.0 (the same)</source>
        <translation>0,0 (igual)</translation>
    </message>
    <message>
        <source>+{lean} (higher)</source>
        <translation>+{lean} (más alto)</translation>
    </message>
    <message>
        <source>−{lean} (lower)</source>
        <translation>−{lean} (más bajo)</translation>
    </message>
</context>
<context>
    <name>AppStart</name>
    <message>
        <source>FieldRide cannot start</source>
        <translation>FieldRide no puede iniciarse</translation>
    </message>
    <message>
        <source>FieldRide is already running</source>
        <translation>FieldRide ya está en marcha</translation>
    </message>
    <message>
        <source>FieldRide cannot open its data</source>
        <translation>FieldRide no puede abrir sus datos</translation>
    </message>
    <message>
        <source>FieldRide cannot read its data</source>
        <translation>FieldRide no puede leer sus datos</translation>
    </message>
    <message>
        <source>Reading the data file {path} failed although its check passed. Nothing was changed. Quit other programs using it and start FieldRide again.</source>
        <translation>No se pudo leer el archivo de datos {path}, aunque pasó la comprobación. No se ha cambiado nada. Cierre los demás programas que lo usen y vuelva a abrir FieldRide.</translation>
    </message>
</context>
<context>
    <name>AttachmentStrip</name>
    <message>
        <source>Attach file…</source>
        <translation>Adjuntar archivo…</translation>
    </message>
    <message>
        <source>Attach to this call…</source>
        <translation>Adjuntar a esta interacción…</translation>
    </message>
    <message>
        <source>Attach to the current behaviour…</source>
        <translation>Adjuntar al comportamiento actual…</translation>
    </message>
    <message>
        <source>Attach a photo or a file</source>
        <translation>Adjuntar una foto o un archivo</translation>
    </message>
    <message>
        <source>A whiteboard photo, an account plan, an email: at most 10 MB (Ctrl+Shift+F)</source>
        <translation>Una foto de la pizarra, un plan de cuenta, un correo: como máximo 10 MB (Ctrl+Mayús+F)</translation>
    </message>
    <message>
        <source>Attached files</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>{file} · on {behaviour}</source>
        <translation>{file} · en {behaviour}</translation>
    </message>
    <message>
        <source>No files on the private note.</source>
        <translation>No hay archivos en la nota privada.</translation>
    </message>
    <message>
        <source>Files on the private note (never shared): {count}</source>
        <translation>Archivos en la nota privada (nunca se comparten): {count}</translation>
    </message>
    <message>
        <source>No attachments on this call.</source>
        <translation>No hay adjuntos en esta interacción.</translation>
    </message>
    <message>
        <source>Attachments on this call: {count}</source>
        <translation>Adjuntos de esta interacción: {count}</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>No application opens this kind of file here. It is saved as {path}.</source>
        <translation>Ninguna aplicación abre este tipo de archivo aquí. Está guardado como {path}.</translation>
    </message>
    <message>
        <source>Save the attachment as</source>
        <translation>Guardar el adjunto como</translation>
    </message>
    <message>
        <source>Remove {name} from this call? The file itself stays where it was.</source>
        <translation>¿Quitar {name} de esta interacción? El archivo sigue donde estaba.</translation>
    </message>
    <message>
        <source>Remove attachment</source>
        <translation>Quitar adjunto</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
</context>
<context>
    <name>BehaviourRow</name>
    <message>
        <source>No opportunity (N): never counts in any score</source>
        <translation>Sin ocasión (N): nunca cuenta en ninguna valoración</translation>
    </message>
    <message>
        <source>No opportunity</source>
        <translation>Sin ocasión</translation>
    </message>
    <message>
        <source>FOCUS</source>
        <translation>PRIORIDAD</translation>
    </message>
    <message>
        <source>{behaviour} (focus)</source>
        <translation>{behaviour} (prioritario)</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
</context>
<context>
    <name>BundleExportDialog</name>
    <message>
        <source>FieldRide bundles (*.fieldride.json *.json)</source>
        <translation>Paquetes de FieldRide (*.fieldride.json *.json)</translation>
    </message>
    <message>
        <source>Export bundle</source>
        <translation>Exportar paquete</translation>
    </message>
    <message>
        <source>A bundle is one file with your rides, their sellers and the scorecards they use; private notes never go into it. A director, or your own new laptop, imports it with File ▸ Import bundle…</source>
        <translation>Un paquete es un solo archivo con sus acompañamientos, sus comerciales y las fichas de observación que usan; las notas privadas nunca entran en él. Una dirección, o su propio portátil nuevo, lo importa con Archivo ▸ Importar paquete…</translation>
    </message>
    <message>
        <source>Only rides changed since:</source>
        <translation>Solo acompañamientos modificados desde:</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
    <message>
        <source>&amp;Cancel export</source>
        <translation>&amp;Cancelar exportación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation>Escribiendo el paquete…</translation>
    </message>
    <message>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The export failed (see the log).</source>
        <translation>La exportación falló (ver el registro).</translation>
    </message>
</context>
<context>
    <name>BundleImportDialog</name>
    <message>
        <source>Import bundle</source>
        <translation>Importar paquete</translation>
    </message>
    <message>
        <source>A bundle is checked whole before anything is written: you see what it would add or change here first. Importing the same bundle twice changes nothing.</source>
        <translation>Un paquete se comprueba entero antes de escribir nada: aquí se ve primero qué añadiría o cambiaría. Importar dos veces el mismo paquete no cambia nada.</translation>
    </message>
    <message>
        <source>No bundle chosen.</source>
        <translation>Ningún paquete elegido.</translation>
    </message>
    <message>
        <source>C&amp;hoose bundle…</source>
        <translation>&amp;Elegir paquete…</translation>
    </message>
    <message>
        <source>What the bundle would change</source>
        <translation>Lo que cambiaría el paquete</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>&amp;Cancelar importación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Checking the bundle…</source>
        <translation>Comprobando el paquete…</translation>
    </message>
    <message>
        <source>Everything in this bundle is already here.</source>
        <translation>Todo lo de este paquete ya está aquí.</translation>
    </message>
    <message>
        <source>This bundle cannot be imported: {reason}</source>
        <translation>Este paquete no se puede importar: {reason}</translation>
    </message>
    <message>
        <source>it could not be read (see the log).</source>
        <translation>no se pudo leer (ver el registro).</translation>
    </message>
    <message>
        <source>Written {when} UTC by FieldRide {version}.</source>
        <translation>Escrito el {when} UTC por FieldRide {version}.</translation>
    </message>
    <message>
        <source>Rides: {new} new, {updated} updated, {same} already here.</source>
        <translation>Acompañamientos: {new} nuevos, {updated} actualizados, {same} ya aquí.</translation>
    </message>
    <message>
        <source>Sellers: {new} new, {known} already here.</source>
        <translation>Comerciales: {new} nuevos, {known} ya aquí.</translation>
    </message>
    <message>
        <source>Scorecard versions: {new} new, {known} already here.</source>
        <translation>Versiones de fichas de observación: {new} nuevas, {known} ya aquí.</translation>
    </message>
    <message>
        <source>Rides edited both here and in the bundle: {count}. For each, the version the seller acknowledged later is kept, the other as a read-only conflict copy.</source>
        <translation>Acompañamientos editados aquí y en el paquete: {count}. En cada uno se conserva la versión que el/la comercial confirmó más tarde; la otra queda como copia de conflicto de solo lectura.</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>{what}: {done} of {total}</source>
        <translation>{what}: {done} de {total}</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Importación cancelada: no se importó nada.</translation>
    </message>
    <message>
        <source>The import failed (see the log).</source>
        <translation>La importación falló (ver el registro).</translation>
    </message>
</context>
<context>
    <name>CalibrationScreen</name>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <source>Read a call written by the FieldRide team, rate it as you would on a ride, then compare with the levels the authors agreed. Your runs stay on this laptop.</source>
        <translation>Lea una interacción escrita por el equipo de FieldRide, valórela como en un acompañamiento y compárela con los niveles que acordaron los autores. Sus intentos se quedan en este portátil.</translation>
    </message>
    <message>
        <source>Reference scenarios</source>
        <translation>Casos de referencia</translation>
    </message>
    <message>
        <source>The scenario: what happened on the call</source>
        <translation>El caso: qué pasó en la interacción</translation>
    </message>
    <message>
        <source>&amp;Compare with the reference</source>
        <translation>&amp;Comparar con la referencia</translation>
    </message>
    <message>
        <source>Your ratings</source>
        <translation>Sus valoraciones</translation>
    </message>
    <message>
        <source>Your ratings and the agreed levels</source>
        <translation>Sus valoraciones y los niveles acordados</translation>
    </message>
    <message>
        <source>Behaviour · why this level</source>
        <translation>Comportamiento · por qué este nivel</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Comparados</translation>
    </message>
    <message>
        <source>Compared: behaviours where both you and the reference gave a level (+n: given by one side only, e.g. &apos;No opportunity&apos;). Same level and within one level: of those compared.</source>
        <translation>Comparados: comportamientos en los que usted y la referencia dieron un nivel (+n: solo uno de los dos, p. ej., &apos;Sin ocasión&apos;). Mismo nivel y a un nivel como máximo: sobre los comparados.</translation>
    </message>
    <message>
        <source>All your runs</source>
        <translation>Todos sus intentos</translation>
    </message>
    <message>
        <source>{title} · rated {count}×</source>
        <translation>{title} · valorado ×{count}</translation>
    </message>
    <message>
        <source>— not rated</source>
        <translation>— sin valorar</translation>
    </message>
    <message>
        <source>{value} {label}</source>
        <translation>{value} {label}</translation>
    </message>
    <message>
        <source>No opportunity</source>
        <translation>Sin ocasión</translation>
    </message>
    <message>
        <source>calibration run kept</source>
        <translation>intento de calibración guardado</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>{behaviour}
{reason}</source>
        <translation>{behaviour}
{reason}</translation>
    </message>
    <message>
        <source>{title}: you gave the agreed level on {exact} of {compared} behaviours rated by both, and were within one level on {within}. Your lean: {lean} level on average (+: you rate higher than the reference).</source>
        <translation>{title}: dio el nivel acordado en {exact} de {compared} comportamientos valorados por ambos, y quedó a un nivel como máximo en {within}. Su tendencia: {lean} niveles de media (+: valora más alto que la referencia).</translation>
    </message>
    <message>
        <source>No runs yet: rate a scenario and compare to see your figures here.</source>
        <translation>Aún no hay intentos: valore un caso y compare para ver aquí sus cifras.</translation>
    </message>
    <message>
        <source>Over the latest run of each scenario you rated ({count} of {total}). Lean: how much higher (+) or lower (−) than the agreed level you rate, on average, in levels.</source>
        <translation>Sobre el último intento de cada caso valorado ({count} de {total}). Tendencia: cuánto más alto (+) o más bajo (−) que el nivel acordado valora de media, en niveles.</translation>
    </message>
    <message>
        <source>you</source>
        <translation>usted</translation>
    </message>
    <message>
        <source>the reference</source>
        <translation>la referencia</translation>
    </message>
</context>
<context>
    <name>CallDialog</name>
    <message>
        <source>Edit call</source>
        <translation>Editar interacción</translation>
    </message>
    <message>
        <source>Add a call</source>
        <translation>Añadir una interacción</translation>
    </message>
    <message>
        <source>Kind of call</source>
        <translation>Tipo de interacción</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Customer or account</source>
        <translation>Cliente o cuenta</translation>
    </message>
    <message>
        <source>Contact role</source>
        <translation>Rol del contacto</translation>
    </message>
    <message>
        <source>e.g. Operations director</source>
        <translation>p. ej., directora de operaciones</translation>
    </message>
    <message>
        <source>Call objective</source>
        <translation>Objetivo de la interacción</translation>
    </message>
    <message>
        <source>What should the customer agree to by the end?</source>
        <translation>¿Qué debería acordar el cliente al final?</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Cuenta</translation>
    </message>
    <message>
        <source>Contact &amp;role</source>
        <translation>&amp;Rol del contacto</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;Objective</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>Save call</source>
        <translation>Guardar interacción</translation>
    </message>
    <message>
        <source>Add call</source>
        <translation>Añadir interacción</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>CallList</name>
    <message>
        <source>Calls</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>Calls of this ride</source>
        <translation>Interacciones de este acompañamiento</translation>
    </message>
    <message>
        <source>No call yet. Add the first call (Ctrl+Shift+A).</source>
        <translation>Aún no hay interacciones. Añada la primera (Ctrl+Mayús+A).</translation>
    </message>
    <message>
        <source>Add call…</source>
        <translation>Añadir interacción…</translation>
    </message>
    <message>
        <source>Add a call</source>
        <translation>Añadir una interacción</translation>
    </message>
    <message>
        <source>Add a call ({keys})</source>
        <translation>Añadir una interacción ({keys})</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected call</source>
        <translation>Editar la interacción seleccionada</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected call up</source>
        <translation>Subir la interacción seleccionada</translation>
    </message>
    <message>
        <source>Move up (Alt+Up)</source>
        <translation>Subir (Alt+Flecha arriba)</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected call down</source>
        <translation>Bajar la interacción seleccionada</translation>
    </message>
    <message>
        <source>Move down (Alt+Down)</source>
        <translation>Bajar (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected call</source>
        <translation>Quitar la interacción seleccionada</translation>
    </message>
    <message>
        <source>Remove the call (undo with Ctrl+Z)</source>
        <translation>Quitar la interacción (deshacer con Ctrl+Z)</translation>
    </message>
    <message>
        <source>{n}. {call} · {time}
{done} of {total} marked</source>
        <translation>{n}. {call} · {time}
{done} de {total} valorados</translation>
    </message>
    <message>
        <source>{n}. {call}
{done} of {total} marked</source>
        <translation>{n}. {call}
{done} de {total} valorados</translation>
    </message>
    <message>
        <source>Objective: {objective}</source>
        <translation>Objetivo: {objective}</translation>
    </message>
</context>
<context>
    <name>CaptureHeader</name>
    <message>
        <source>No ride open</source>
        <translation>Ningún acompañamiento abierto</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Deshacer (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rehacer (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Debrief →</source>
        <translation>Feedback →</translation>
    </message>
    <message>
        <source>Go to the debrief</source>
        <translation>Ir a la conversación de feedback</translation>
    </message>
    <message>
        <source>Debrief this ride ({keys})</source>
        <translation>Dar feedback sobre este acompañamiento ({keys})</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Undo {what} (Ctrl+Z)</source>
        <translation>Deshacer: {what} (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo {what} (Ctrl+Shift+Z)</source>
        <translation>Rehacer: {what} (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>{seller} · {type} · {day}</source>
        <translation>{seller} · {type} · {day}</translation>
    </message>
    <message>
        <source>none chosen</source>
        <translation>ninguno elegido</translation>
    </message>
    <message>
        <source>{scorecard} v{version} · Focus: {focus} · Objective: {objective}</source>
        <translation>{scorecard} v{version} · Prioridad: {focus} · Objetivo: {objective}</translation>
    </message>
    <message>
        <source>{scorecard} v{version} · Focus: {focus}</source>
        <translation>{scorecard} v{version} · Prioridad: {focus}</translation>
    </message>
</context>
<context>
    <name>CaptureScreen</name>
    <message>
        <source>This note is not saved yet (see the status bar): undo (Ctrl+Z) takes it back; it can be changed once it is saved.</source>
        <translation>Esta nota aún no está guardada (vea la barra de estado): deshacer (Ctrl+Z) la retira; podrá cambiarla cuando esté guardada.</translation>
    </message>
    <message>
        <source>The first call could not be started: the data file cannot be written just now (see the status bar). Nothing was rated; try again once it is saved.</source>
        <translation>No se pudo iniciar el primer contacto: ahora mismo no se puede escribir el archivo de datos (vea la barra de estado). No se ha valorado nada; vuelva a intentarlo cuando se guarde de nuevo.</translation>
    </message>
    <message>
        <source>Digits rate and move on · N no opportunity · Del clear · ↑ ↓ Tab move · ← → previous/next call · Enter evidence (Esc back) · {note} quick note · {undo} undo · {redo} redo · {debrief} debrief</source>
        <translation>Los dígitos valoran y avanzan · N sin ocasión · Supr borrar · ↑ ↓ Tab moverse · ← → interacción anterior/siguiente · Intro evidencia (Esc volver) · {note} nota rápida · {undo} deshacer · {redo} rehacer · {debrief} feedback</translation>
    </message>
    <message>
        <source>evidence unchanged</source>
        <translation>evidencia sin cambios</translation>
    </message>
    <message>
        <source>This ride was acknowledged by the seller and is locked: it is shown read-only. Reopen it from the debrief to change it.</source>
        <translation>El vendedor confirmó este acompañamiento y está bloqueado: se muestra solo para lectura. Para cambiarlo, reábralo desde el feedback.</translation>
    </message>
    <message>
        <source>call</source>
        <translation>interacción</translation>
    </message>
    <message>
        <source>call order</source>
        <translation>orden de las interacciones</translation>
    </message>
    <message>
        <source>Remove call</source>
        <translation>Quitar interacción</translation>
    </message>
    <message>
        <source>Remove “{call}” and its {held}?

Undo (Ctrl+Z) brings it back with them.</source>
        <translation>¿Quitar «{call}» con {held}?

Deshacer (Ctrl+Z) lo recupera todo.</translation>
    </message>
    <message>
        <source>Removed “{call}” with its {held}. Undo (Ctrl+Z) brings it back.</source>
        <translation>Se quitó «{call}» con {held}. Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message>
        <source>Removed “{call}”. Undo (Ctrl+Z) brings it back.</source>
        <translation>Se quitó «{call}». Deshacer (Ctrl+Z) lo recupera.</translation>
    </message>
    <message numerus="yes">
        <source>%n rating(s)</source>
        <translation>
            <numerusform>%n valoración</numerusform>
            <numerusform>%n valoraciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence note(s)</source>
        <translation>
            <numerusform>%n evidencia</numerusform>
            <numerusform>%n evidencias</numerusform>
        </translation>
    </message>
    <message>
        <source>{ratings} and {notes}</source>
        <translation>{ratings} y {notes}</translation>
    </message>
    <message>
        <source>No call yet: add the first call to start rating.</source>
        <translation>Aún no hay interacciones: añada la primera para empezar a valorar.</translation>
    </message>
    <message>
        <source>Call {n} of {total} · {call} · {time}</source>
        <translation>Interacción {n} de {total} · {call} · {time}</translation>
    </message>
    <message>
        <source>Call {n} of {total} · {call}</source>
        <translation>Interacción {n} de {total} · {call}</translation>
    </message>
    <message>
        <source>{line}
Objective: {objective}</source>
        <translation>{line}
Objetivo: {objective}</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>Archivo no adjuntado</translation>
    </message>
    <message>
        <source>file attached</source>
        <translation>archivo adjuntado</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>attachment removed</source>
        <translation>adjunto quitado</translation>
    </message>
    <message>
        <source>Started call 1 ({call}). Edit… in the call list names the account; {keys} adds the next call.</source>
        <translation>Interacción 1 iniciada ({call}). Con «Editar…» en la lista de interacciones indica la cuenta; {keys} añade la siguiente interacción.</translation>
    </message>
    <message>
        <source>Add a call first ({keys}).</source>
        <translation>Añada primero una interacción ({keys}).</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>valoración</translation>
    </message>
    <message>
        <source>Rate {behaviour} {level}</source>
        <translation>Valorar {behaviour} con {level}</translation>
    </message>
    <message>
        <source>No opportunity: {behaviour}</source>
        <translation>Sin ocasión: {behaviour}</translation>
    </message>
    <message>
        <source>Clear rating</source>
        <translation>Borrar valoración</translation>
    </message>
    <message>
        <source>note draft</source>
        <translation>borrador de nota</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>CaptureUndo</name>
    <message>
        <source>This edit could not be saved (an unexpected error; it is in the log).</source>
        <translation>Este cambio no se ha podido guardar (un error inesperado; figura en el registro).</translation>
    </message>
    <message>
        <source>rating</source>
        <translation>valoración</translation>
    </message>
    <message>
        <source>evidence</source>
        <translation>evidencia</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>note removed</source>
        <translation>nota eliminada</translation>
    </message>
    <message>
        <source>call removed</source>
        <translation>interacción eliminada</translation>
    </message>
    <message>
        <source>redone: {edit}</source>
        <translation>rehecho: {edit}</translation>
    </message>
    <message>
        <source>undone: {edit}</source>
        <translation>deshecho: {edit}</translation>
    </message>
    <message>
        <source>Evidence for {behaviour}</source>
        <translation>Evidencia de {behaviour}</translation>
    </message>
    <message>
        <source>Quick note</source>
        <translation>Nota rápida</translation>
    </message>
    <message>
        <source>Remove note</source>
        <translation>Eliminar nota</translation>
    </message>
    <message>
        <source>Edit note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Remove call “{call}”</source>
        <translation>Eliminar la interacción «{call}»</translation>
    </message>
</context>
<context>
    <name>CoRideDialog</name>
    <message>
        <source>Calibration · {seller} · {date}</source>
        <translation>Calibración · {seller} · {date}</translation>
    </message>
    <message>
        <source>Compared: ratings where both gave a level, call by call in the order of the calls (+n: given by one rater only). Lean: how much higher (+) or lower (−) one rated than the other, on average, in levels. &apos;No opportunity&apos; is not a level and is never compared.</source>
        <translation>Comparadas: valoraciones en las que ambos dieron un nivel, interacción por interacción en su orden (+n: solo de una persona). Tendencia: cuánto más alto (+) o más bajo (−) valoró uno que el otro, de media, en niveles. &apos;Sin ocasión&apos; no es un nivel y nunca se compara.</translation>
    </message>
    <message>
        <source>Rides this one could be paired with</source>
        <translation>Acompañamientos con los que emparejar este</translation>
    </message>
    <message>
        <source>&amp;Pair as co-ride</source>
        <translation>&amp;Emparejar como acompañamiento conjunto</translation>
    </message>
    <message>
        <source>&amp;Unpair</source>
        <translation>&amp;Desemparejar</translation>
    </message>
    <message>
        <source>The original rater</source>
        <translation>Quien valoró primero</translation>
    </message>
    <message>
        <source>The co-rider</source>
        <translation>Quien acompañó también</translation>
    </message>
    <message>
        <source>{first} rated this ride and {second} rated it alongside, on their own laptop. Calls compared: {compared} ({first} recorded {first_calls}, {second} recorded {second_calls}).</source>
        <translation>{first} valoró este acompañamiento y {second} lo valoró a la vez, en su propio portátil. Interacciones comparadas: {compared} ({first} registró {first_calls}, {second} registró {second_calls}).</translation>
    </message>
    <message>
        <source>{date} · rated by {rater} · {status}</source>
        <translation>{date} · valorado por {rater} · {status}</translation>
    </message>
    <message>
        <source>another manager</source>
        <translation>otro responsable</translation>
    </message>
    <message>
        <source>Did you rate this ride alongside another manager? Pair it with their ride to see, per behaviour, how often you gave the same level and who rates higher. Their ride came to this laptop through sync or a bundle.</source>
        <translation>¿Valoró este acompañamiento junto con otro responsable? Emparéjelo con el suyo para ver, por comportamiento, cuántas veces dieron el mismo nivel y quién valora más alto. Su acompañamiento llegó a este portátil por sincronización o en un paquete.</translation>
    </message>
    <message>
        <source>No second rater&apos;s ride is paired with this one on this laptop. A co-ride is the same seller, within {days} days, on the same scorecard, rated by another manager; it arrives through sync or a bundle.</source>
        <translation>En este portátil no hay ningún acompañamiento de un segundo evaluador emparejado con este. Un acompañamiento conjunto es el mismo comercial, en {days} días como máximo, con la misma ficha, valorado por otro responsable; llega por sincronización o en un paquete.</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Bajó</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Mean gap</source>
        <translation>Diferencia media</translation>
    </message>
    <message>
        <source>Ride by ride (last 8)</source>
        <translation>Por acompañamiento (últimos 8)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Acordado el</translation>
    </message>
    <message>
        <source>Last check</source>
        <translation>Última revisión</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Why, or what changed</source>
        <translation>Por qué, o qué cambió</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Behaviours</source>
        <translation>Comportamientos</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Days overdue</source>
        <translation>Días de retraso</translation>
    </message>
    <message>
        <source>Last ride</source>
        <translation>Último acompañamiento</translation>
    </message>
    <message>
        <source>Rides 30 d</source>
        <translation>Acomp. 30 d</translation>
    </message>
    <message>
        <source>Rides 90 d</source>
        <translation>Acomp. 90 d</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidos</translation>
    </message>
    <message>
        <source>Ride score</source>
        <translation>Puntuación</translation>
    </message>
</context>
<context>
    <name>CommitmentRow</name>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Commitment behaviour</source>
        <translation>Comportamiento del compromiso</translation>
    </message>
    <message>
        <source>Commitment due date</source>
        <translation>Fecha límite del compromiso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove commitment: {text}</source>
        <translation>Quitar compromiso: {text}</translation>
    </message>
</context>
<context>
    <name>CommitmentTable</name>
    <message>
        <source>OVERDUE · {days} d</source>
        <translation>VENCIDO · {days} d</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierto</translation>
    </message>
    <message>
        <source>{status} · carried over {times}×</source>
        <translation>{status} · aplazado ×{times}</translation>
    </message>
    <message>
        <source>{outcome} ({day})</source>
        <translation>{outcome} ({day})</translation>
    </message>
</context>
<context>
    <name>CommitmentsPanel</name>
    <message>
        <source>Commitments to verify</source>
        <translation>Compromisos que revisar</translation>
    </message>
    <message>
        <source>Commitments to verify on this ride (answered in the debrief)</source>
        <translation>Compromisos que revisar en este acompañamiento (se responden en el feedback)</translation>
    </message>
    <message>
        <source>overdue since {day}</source>
        <translation>vencido desde el {day}</translation>
    </message>
    <message>
        <source>due {day}</source>
        <translation>vence el {day}</translation>
    </message>
    <message>
        <source>{when} · answered: {outcome}</source>
        <translation>{when} · respondido: {outcome}</translation>
    </message>
    <message>
        <source>{behaviour} · {when}</source>
        <translation>{behaviour} · {when}</translation>
    </message>
    <message>
        <source>Agreed on the ride of {day}; answer it in the debrief.</source>
        <translation>Acordado en el acompañamiento del {day}; se responde en el feedback.</translation>
    </message>
    <message>
        <source>Commitments to verify ({count})</source>
        <translation>Compromisos que revisar ({count})</translation>
    </message>
    <message>
        <source>One follow-up application the seller will try before the next ride, tied to a behaviour. It is checked at the next ride with this seller.</source>
        <translation>Una aplicación concreta que el/la comercial probará antes del próximo acompañamiento, ligada a un comportamiento. Se revisa en el siguiente acompañamiento.</translation>
    </message>
    <message>
        <source>New commitment</source>
        <translation>Nuevo compromiso</translation>
    </message>
    <message>
        <source>What the seller will apply… (Enter adds)</source>
        <translation>Qué aplicará el/la comercial… (Intro lo añade)</translation>
    </message>
    <message>
        <source>New commitment behaviour</source>
        <translation>Comportamiento del nuevo compromiso</translation>
    </message>
    <message>
        <source>New commitment due date</source>
        <translation>Fecha límite del nuevo compromiso</translation>
    </message>
    <message>
        <source>Add commitment</source>
        <translation>Añadir compromiso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>No commitment yet: agree at least one before finishing.</source>
        <translation>Aún no hay compromisos: acuerde al menos uno antes de terminar.</translation>
    </message>
    <message>
        <source>Commitment not added</source>
        <translation>Compromiso no añadido</translation>
    </message>
    <message>
        <source>commitment added</source>
        <translation>compromiso añadido</translation>
    </message>
    <message>
        <source>Commitment not saved</source>
        <translation>Compromiso no guardado</translation>
    </message>
    <message>
        <source>commitment</source>
        <translation>compromiso</translation>
    </message>
    <message>
        <source>commitment removed</source>
        <translation>compromiso eliminado</translation>
    </message>
</context>
<context>
    <name>CommitmentsScreen</name>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Open and overdue commitments</source>
        <translation>Compromisos abiertos y vencidos</translation>
    </message>
    <message>
        <source>Filter by seller</source>
        <translation>Filtrar por comercial</translation>
    </message>
    <message>
        <source>Overdue only</source>
        <translation>Solo vencidos</translation>
    </message>
    <message>
        <source>Show overdue commitments only</source>
        <translation>Mostrar solo los compromisos vencidos</translation>
    </message>
    <message>
        <source>Filter commitments</source>
        <translation>Filtrar compromisos</translation>
    </message>
    <message>
        <source>Filter (text, behaviour…)</source>
        <translation>Filtrar (texto, comportamiento…)</translation>
    </message>
    <message>
        <source>Open ride</source>
        <translation>Abrir acompañamiento</translation>
    </message>
    <message>
        <source>Open the ride of the selected commitment</source>
        <translation>Abrir el acompañamiento del compromiso seleccionado</translation>
    </message>
    <message>
        <source>Open commitments</source>
        <translation>Compromisos abiertos</translation>
    </message>
    <message>
        <source>No open commitment. Commitments agreed in a debrief are listed here until they are checked at the next ride.</source>
        <translation>Ningún compromiso abierto. Los compromisos acordados en un feedback aparecen aquí hasta que se revisan en el siguiente acompañamiento.</translation>
    </message>
    <message>
        <source>Overdue: past the due date and not yet checked. Unchecked commitments carry over to the next ride with the seller.</source>
        <translation>Vencido: pasada la fecha límite y aún sin revisar. Los compromisos sin revisar pasan al siguiente acompañamiento con el/la comercial.</translation>
    </message>
    <message>
        <source>{open} open · {overdue} overdue</source>
        <translation>{open} abiertos · {overdue} vencidos</translation>
    </message>
    <message>
        <source>Nothing open</source>
        <translation>Nada abierto</translation>
    </message>
    <message>
        <source>All sellers</source>
        <translation>Todos los comerciales</translation>
    </message>
    <message>
        <source>Select a commitment first.</source>
        <translation>Seleccione primero un compromiso.</translation>
    </message>
</context>
<context>
    <name>DebriefScreen</name>
    <message>
        <source>Ride status</source>
        <translation>Estado del acompañamiento</translation>
    </message>
    <message>
        <source>This ride is still planned: observe at least one call, then debrief.</source>
        <translation>Este acompañamiento sigue planificado: observe al menos una interacción y luego dé feedback.</translation>
    </message>
    <message>
        <source>Back to capture</source>
        <translation>Volver a la observación</translation>
    </message>
    <message>
        <source>What the ride showed</source>
        <translation>Lo que mostró el acompañamiento</translation>
    </message>
    <message>
        <source>★ focus · C1… calls · n/o no opportunity · evidence under each row</source>
        <translation>★ prioritario · I1… interacciones · n/o sin ocasión · evidencias bajo cada fila</translation>
    </message>
    <message>
        <source>Debrief steps</source>
        <translation>Pasos del feedback</translation>
    </message>
    <message>
        <source>← Capture</source>
        <translation>← Observación</translation>
    </message>
    <message>
        <source>Debrief</source>
        <translation>Feedback</translation>
    </message>
    <message>
        <source>Fi&amp;nish debrief</source>
        <translation>&amp;Terminar el feedback</translation>
    </message>
    <message>
        <source>Finish debrief</source>
        <translation>Terminar el feedback</translation>
    </message>
    <message>
        <source>Seller &amp;rates the ride…</source>
        <translation>El/la comercial &amp;valora el acompañamiento…</translation>
    </message>
    <message>
        <source>Hand the laptop to the seller to rate their own ride</source>
        <translation>Pasar el portátil al/a la comercial para que valore su propio acompañamiento</translation>
    </message>
    <message>
        <source>Before the debrief: the seller rates each behaviour of the ride themselves</source>
        <translation>Antes del feedback: el/la comercial valora por sí mismo/a cada comportamiento del acompañamiento</translation>
    </message>
    <message>
        <source>Hand the laptop to the &amp;seller…</source>
        <translation>Pasar el portátil al/a la &amp;comercial…</translation>
    </message>
    <message>
        <source>Hand the laptop to the seller to acknowledge</source>
        <translation>Pasar el portátil al/a la comercial para que confirme</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Reabrir…</translation>
    </message>
    <message>
        <source>Reopen the acknowledged ride</source>
        <translation>Reabrir el acompañamiento confirmado</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Historial…</translation>
    </message>
    <message>
        <source>The ride&apos;s history: reopened, changed, acknowledged</source>
        <translation>Historial del acompañamiento: reabierto, cambiado, confirmado</translation>
    </message>
    <message>
        <source>Who reopened this ride, when and why, and what changed</source>
        <translation>Quién reabrió este acompañamiento, cuándo y por qué, y qué cambió</translation>
    </message>
    <message>
        <source>Ca&amp;libration…</source>
        <translation>Ca&amp;libración…</translation>
    </message>
    <message>
        <source>Compare the ratings with a second rater&apos;s co-ride</source>
        <translation>Comparar las valoraciones con el acompañamiento conjunto de un segundo evaluador</translation>
    </message>
    <message>
        <source>How your ratings agree with a manager who rated the same ride</source>
        <translation>Cómo coinciden sus valoraciones con las de un responsable que valoró el mismo acompañamiento</translation>
    </message>
    <message>
        <source>Produce summary &amp;PDF</source>
        <translation>Crear el resumen en &amp;PDF</translation>
    </message>
    <message>
        <source>Produce summary PDF</source>
        <translation>Crear el resumen en PDF</translation>
    </message>
    <message>
        <source>Open summary PDF</source>
        <translation>Abrir el resumen (PDF)</translation>
    </message>
    <message>
        <source>Print summary…</source>
        <translation>Imprimir el resumen…</translation>
    </message>
    <message>
        <source>Save summary as…</source>
        <translation>Guardar el resumen como…</translation>
    </message>
    <message>
        <source>Debrief · {seller} · {day} · {type}</source>
        <translation>Feedback · {seller} · {day} · {type}</translation>
    </message>
    <message>
        <source>Still to do: {missing}.</source>
        <translation>Falta: {missing}.</translation>
    </message>
    <message>
        <source>1 Strength &amp;&amp; gap</source>
        <translation>1 Fortaleza &amp;&amp; mejora</translation>
    </message>
    <message>
        <source>2 Questions</source>
        <translation>2 Preguntas</translation>
    </message>
    <message>
        <source>3 Rehearsal</source>
        <translation>3 Ensayo</translation>
    </message>
    <message>
        <source>4 Commitments</source>
        <translation>4 Compromisos</translation>
    </message>
    <message>
        <source>5 Check previous</source>
        <translation>5 Revisar anteriores</translation>
    </message>
    <message>
        <source>Acknowledged by {seller} on {day}. Locked: reopen it (with a reason) to change it.</source>
        <translation>Confirmado por {seller} el {day}. Bloqueado: reábralo (con un motivo) para cambiarlo.</translation>
    </message>
    <message>
        <source>Acknowledged. Locked: reopen it (with a reason) to change it.</source>
        <translation>Confirmado. Bloqueado: reábralo (con un motivo) para cambiarlo.</translation>
    </message>
    <message>
        <source>{text} Summary shared.</source>
        <translation>{text} Resumen compartido.</translation>
    </message>
    <message>
        <source>Debrief finished. Hand the laptop to the seller to acknowledge. Reopened: changes are recorded.</source>
        <translation>Feedback terminado. Pase el portátil al/a la comercial para que lo confirme. Reabierto: los cambios quedan registrados.</translation>
    </message>
    <message>
        <source>Debrief finished. Hand the laptop to the seller to acknowledge.</source>
        <translation>Feedback terminado. Pase el portátil al/a la comercial para que lo confirme.</translation>
    </message>
    <message>
        <source>Code {code}: unchanged since the acknowledgement.</source>
        <translation>Código {code}: sin cambios desde la confirmación.</translation>
    </message>
    <message>
        <source>The handout&apos;s code {code} no longer stands for this ride: it was reopened after that acknowledgement (see History…).</source>
        <translation>El código {code} del resumen ya no corresponde a este acompañamiento: se reabrió después de esa confirmación (véase Historial…).</translation>
    </message>
    <message>
        <source>Warning: this ride no longer matches what the seller acknowledged (code {code}), and it was not reopened: it was changed outside FieldRide.</source>
        <translation>Atención: este acompañamiento ya no coincide con lo que confirmó el/la comercial (código {code}) y no se reabrió: se cambió fuera de FieldRide.</translation>
    </message>
    <message>
        <source>Debrief not finished</source>
        <translation>Feedback sin terminar</translation>
    </message>
    <message>
        <source>debrief finished</source>
        <translation>feedback terminado</translation>
    </message>
    <message>
        <source>co-ride paired</source>
        <translation>emparejado como acompañamiento conjunto</translation>
    </message>
    <message>
        <source>Reopen acknowledged ride</source>
        <translation>Reabrir acompañamiento confirmado</translation>
    </message>
    <message>
        <source>The seller acknowledged this debrief. Why reopen it? (recorded with the time)</source>
        <translation>El/la comercial confirmó este feedback. ¿Por qué reabrirlo? (se registra con la hora)</translation>
    </message>
    <message>
        <source>Ride not reopened</source>
        <translation>Acompañamiento no reabierto</translation>
    </message>
    <message>
        <source>ride reopened</source>
        <translation>acompañamiento reabierto</translation>
    </message>
    <message>
        <source>summary produced</source>
        <translation>resumen generado</translation>
    </message>
</context>
<context>
    <name>DemoFill</name>
    <message>
        <source>Demo team</source>
        <translation>Equipo de demostración</translation>
    </message>
    <message>
        <source>Filling the data folder with a demo team…</source>
        <translation>Rellenando la carpeta de datos con un equipo de demostración…</translation>
    </message>
    <message>
        <source>Sellers done: {count}</source>
        <translation>Comerciales listos: {count}</translation>
    </message>
    <message>
        <source>Cancelled: the data folder is as it was.</source>
        <translation>Cancelado: la carpeta de datos sigue como estaba.</translation>
    </message>
    <message>
        <source>The demo team could not be added (see the log). Nothing changed.</source>
        <translation>No se pudo añadir el equipo de demostración (ver el registro). No ha cambiado nada.</translation>
    </message>
    <message>
        <source>The demo team goes only into an empty data folder, and this one already has sellers. To try the demo, start FieldRide with another data folder.</source>
        <translation>El equipo de demostración solo entra en una carpeta de datos vacía, y esta ya tiene comerciales. Para probar la demostración, inicie FieldRide con otra carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>DocumentActions</name>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>FieldRide could not hand the document to the printer directly, so it opened it in your PDF viewer: print it from there. The file is {path}.</source>
        <translation>FieldRide no pudo enviar el documento directamente a la impresora y lo abrió en su visor de PDF: imprímalo desde allí. El archivo es {path}.</translation>
    </message>
    <message>
        <source>&amp;Open {document}</source>
        <translation>&amp;Abrir {document}</translation>
    </message>
    <message>
        <source>Open {document}</source>
        <translation>Abrir {document}</translation>
    </message>
    <message>
        <source>Write the {document} and open it in your PDF viewer</source>
        <translation>Crear {document} y abrirlo en su visor de PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the {document}</source>
        <translation>Imprimir {document}</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Guardar como…</translation>
    </message>
    <message>
        <source>Save the {document} as a PDF file</source>
        <translation>Guardar {document} como archivo PDF</translation>
    </message>
    <message>
        <source>Print {document}…</source>
        <translation>Imprimir {document}…</translation>
    </message>
    <message>
        <source>Save {document} as…</source>
        <translation>Guardar {document} como…</translation>
    </message>
    <message>
        <source>It was saved as {path}, but no PDF viewer could be started. Open that file from your file manager.</source>
        <translation>Se guardó como {path}, pero no se pudo abrir ningún visor de PDF. Ábralo desde el gestor de archivos.</translation>
    </message>
    <message>
        <source>Print: {document}</source>
        <translation>Imprimir: {document}</translation>
    </message>
    <message>
        <source>Save: {document}</source>
        <translation>Guardar: {document}</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot produce this document</source>
        <translation>No se puede crear este documento</translation>
    </message>
    <message>
        <source>Could not write the {document} to {path}: {reason}.</source>
        <translation>No se pudo escribir {document} en {path}: {reason}.</translation>
    </message>
    <message>
        <source>The {document} could not be produced (an internal error; details are in the log file).</source>
        <translation>No se pudo crear {document} (error interno; los detalles están en el registro).</translation>
    </message>
</context>
<context>
    <name>EvidenceEditor</name>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>What was actually said or done. Enter in the grid opens this; Esc or Ctrl+Enter returns. Saved as you type.</source>
        <translation>Lo que realmente se dijo o hizo. Intro en la cuadrícula abre este campo; Esc o Ctrl+Intro vuelve. Se guarda al escribir.</translation>
    </message>
    <message>
        <source>Evidence · {behaviour}</source>
        <translation>Evidencia · {behaviour}</translation>
    </message>
    <message>
        <source>Evidence for {behaviour}</source>
        <translation>Evidencia de {behaviour}</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export rides, observations and commitments</source>
        <translation>Exportar acompañamientos, valoraciones y compromisos</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>CSV (three files)</source>
        <translation>CSV (tres archivos)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Libro de Excel (.xlsx)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Sellers to export</source>
        <translation>Comerciales que se exportan</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivado)</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Comerciales</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Select all sellers</source>
        <translation>Marcar todos los comerciales</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Select no sellers</source>
        <translation>Desmarcar todos los comerciales</translation>
    </message>
    <message>
        <source>Files are readable by you only. Private notes are never exported. Text that a spreadsheet would run as a formula is prefixed with an apostrophe.</source>
        <translation>Solo usted puede leer los archivos. Las notas privadas nunca se exportan. Al texto que una hoja de cálculo ejecutaría como fórmula se le antepone un apóstrofo.</translation>
    </message>
    <message>
        <source>Export status</source>
        <translation>Estado de la exportación</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Nothing to export</source>
        <translation>Nada que exportar</translation>
    </message>
    <message>
        <source>Tick at least one seller.</source>
        <translation>Marque al menos un comercial.</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Writing {name}…</source>
        <translation>Escribiendo {name}…</translation>
    </message>
    <message>
        <source>{count} rows written</source>
        <translation>{count} filas escritas</translation>
    </message>
    <message>
        <source>Exported to:
{files}</source>
        <translation>Exportado a:
{files}</translation>
    </message>
    <message>
        <source>Export cancelled. No file was written.</source>
        <translation>Exportación cancelada. No se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The export failed.</source>
        <translation>La exportación ha fallado.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exportación fallida</translation>
    </message>
</context>
<context>
    <name>FileFormatsDialog</name>
    <message>
        <source>Save a scorecard template (Excel)…</source>
        <translation>Guardar plantilla de ficha (Excel)…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Save a scorecard template (CSV)…</source>
        <translation>Guardar plantilla de ficha (CSV)…</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Save a roster template (CSV)…</source>
        <translation>Guardar plantilla de lista del equipo (CSV)…</translation>
    </message>
    <message>
        <source>The help page is missing from this installation. Reinstall FieldRide.</source>
        <translation>Falta la página de ayuda en esta instalación. Vuelva a instalar FieldRide.</translation>
    </message>
    <message>
        <source>Scorecard and roster files</source>
        <translation>Archivos de fichas y de equipo</translation>
    </message>
    <message>
        <source>Scorecard and roster files help</source>
        <translation>Ayuda sobre archivos de fichas y de equipo</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>Plantilla no guardada</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}.</source>
        <translation>No se pudo escribir {name}: {reason}.</translation>
    </message>
</context>
<context>
    <name>FirstRun</name>
    <message>
        <source>Welcome to FieldRide</source>
        <translation>Bienvenido a FieldRide</translation>
    </message>
    <message>
        <source>Welcome to FieldRide. Your name and organisation go on the documents you print for sellers. You can change them later in File ▸ Output and branding.</source>
        <translation>Bienvenido a FieldRide. Su nombre y su organización aparecen en los documentos que imprima para sus comerciales. Puede cambiarlos más adelante en Archivo ▸ Salida e imagen de marca.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Empezar</translation>
    </message>
</context>
<context>
    <name>GuidancePanel</name>
    <message>
        <source>Guidance for the current behaviour</source>
        <translation>Guía del comportamiento actual</translation>
    </message>
    <message>
        <source>&lt;tr&gt;&lt;td&gt;&lt;b&gt;N&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;No opportunity&lt;/b&gt; — never counts.&lt;/td&gt;&lt;/tr&gt;</source>
        <translation>&lt;tr&gt;&lt;td&gt;&lt;b&gt;N&lt;/b&gt;&amp;nbsp;&lt;/td&gt;&lt;td&gt;&lt;b&gt;Sin ocasión&lt;/b&gt;: nunca cuenta.&lt;/td&gt;&lt;/tr&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Scale&lt;/b&gt; (press the key)&lt;/p&gt;&lt;table&gt;{rows}&lt;/table&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Escala&lt;/b&gt; (pulse la tecla)&lt;/p&gt;&lt;table&gt;{rows}&lt;/table&gt;</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:15px&apos;&gt;Add a call to start rating.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:15px&apos;&gt;Añada una interacción para empezar a valorar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;i&gt;No description.&lt;/i&gt;</source>
        <translation>&lt;i&gt;Sin descripción.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{section} · &lt;b&gt;FOCUS BEHAVIOUR&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;{section} · &lt;b&gt;COMPORTAMIENTO PRIORITARIO&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;{section}&lt;/p&gt;</source>
        <translation>&lt;p&gt;{section}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What good looks like&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{good}&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Cómo se ve cuando está bien&lt;/b&gt;&lt;/p&gt;&lt;p&gt;{good}&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Look-fors&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Qué observar&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>On this call: &lt;b&gt;not rated yet&lt;/b&gt;</source>
        <translation>En esta interacción: &lt;b&gt;aún sin valorar&lt;/b&gt;</translation>
    </message>
    <message>
        <source>On this call: &lt;b&gt;No opportunity&lt;/b&gt; (not counted)</source>
        <translation>En esta interacción: &lt;b&gt;Sin ocasión&lt;/b&gt; (no cuenta)</translation>
    </message>
    <message>
        <source>On this call: &lt;b&gt;{level}&lt;/b&gt;</source>
        <translation>En esta interacción: &lt;b&gt;{level}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>On this call: &lt;b&gt;{value} · {label}&lt;/b&gt;</source>
        <translation>En esta interacción: &lt;b&gt;{value} · {label}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ImportErrorsDialog</name>
    <message>
        <source>Import problems</source>
        <translation>Problemas de importación</translation>
    </message>
</context>
<context>
    <name>ImportErrorsPanel</name>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Column or field</source>
        <translation>Columna o campo</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué falla</translation>
    </message>
    <message>
        <source>What would be right</source>
        <translation>Qué sería correcto</translation>
    </message>
    <message>
        <source>Import problems title</source>
        <translation>Título de los problemas de importación</translation>
    </message>
    <message>
        <source>&amp;Copy list</source>
        <translation>&amp;Copiar lista</translation>
    </message>
    <message>
        <source>Copy every problem as text, e.g. to send to the file&apos;s author</source>
        <translation>Copiar todos los problemas como texto, p. ej. para enviarlos a quien hizo el archivo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these in the file, save it, and import it again.</source>
        <translation>No se importó nada. Corrija esto en el archivo, guárdelo e impórtelo de nuevo.</translation>
    </message>
    <message>
        <source>Import problems</source>
        <translation>Problemas de importación</translation>
    </message>
    <message numerus="yes">
        <source>{title} — %n problem(s)</source>
        <translation>
            <numerusform>{title} — %n problema</numerusform>
            <numerusform>{title} — %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Whole file</source>
        <translation>Todo el archivo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Comerciales</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Análisis</translation>
    </message>
    <message>
        <source>Commitments</source>
        <translation>Compromisos</translation>
    </message>
    <message>
        <source>Seller progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Calibration</source>
        <translation>Calibración</translation>
    </message>
    <message>
        <source>My coaching</source>
        <translation>Mi coaching</translation>
    </message>
    <message>
        <source>FieldRide</source>
        <translation>FieldRide</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Abriendo sus datos…</translation>
    </message>
    <message>
        <source>Save status</source>
        <translation>Estado del guardado</translation>
    </message>
    <message>
        <source>No changes yet</source>
        <translation>Aún no hay cambios</translation>
    </message>
    <message>
        <source>self-assessment</source>
        <translation>autoevaluación</translation>
    </message>
    <message>
        <source>Seller view</source>
        <translation>Vista del/de la comercial</translation>
    </message>
    <message>
        <source>Review with the seller</source>
        <translation>Revisar con el/la comercial</translation>
    </message>
    <message>
        <source>acknowledged by the seller</source>
        <translation>confirmado por el comercial</translation>
    </message>
    <message>
        <source>Saved {time} · {what}</source>
        <translation>Guardado {time} · {what}</translation>
    </message>
    <message>
        <source>Saved {time}</source>
        <translation>Guardado {time}</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Saved {time} · everything since {since} is saved now</source>
        <translation>Guardado {time} · todo desde las {since} está guardado</translation>
    </message>
    <message>
        <source>{error} Keep FieldRide open until you have read this; the edits of this session may be lost.</source>
        <translation>{error} Mantenga FieldRide abierto hasta leer esto; los cambios de esta sesión podrían perderse.</translation>
    </message>
    <message>
        <source>Quit FieldRide and start it again: it offers the newest backup in the recovery window (or run &apos;fieldride restore --newest&apos;).</source>
        <translation>Cierre FieldRide y vuelva a abrirlo: ofrecerá la copia de seguridad más reciente en la ventana de recuperación (o ejecute &apos;fieldride restore --newest&apos;).</translation>
    </message>
    <message>
        <source>Everything FieldRide had open, your last edit included, was saved to the rescue file {rescue}.</source>
        <translation>Todo lo que FieldRide tenía abierto, incluido su último cambio, se guardó en el archivo de rescate {rescue}.</translation>
    </message>
    <message>
        <source>Quit FieldRide, then put the rescue file back with:
{command}
Whatever is at the data file&apos;s place by then is kept aside, not deleted.</source>
        <translation>Cierre FieldRide y restaure el archivo de rescate con:
{command}
Lo que haya entonces en el lugar del archivo de datos se aparta, no se borra.</translation>
    </message>
    <message>
        <source>Not saved: the data file is gone</source>
        <translation>Sin guardar: el archivo de datos ya no está</translation>
    </message>
    <message>
        <source>FieldRide stopped saving</source>
        <translation>FieldRide dejó de guardar</translation>
    </message>
    <message>
        <source>{what_happened} This happened outside FieldRide while FieldRide had it open. Edits made now would be lost, so FieldRide no longer takes any.

{saved}

{todo}</source>
        <translation>{what_happened} Esto ocurrió fuera de FieldRide mientras FieldRide lo tenía abierto. Los cambios se perderían, así que FieldRide ya no acepta ninguno.

{saved}

{todo}</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Output and &amp;branding…</source>
        <translation>Salida e &amp;imagen de marca…</translation>
    </message>
    <message>
        <source>&amp;Team…</source>
        <translation>Eq&amp;uipo…</translation>
    </message>
    <message>
        <source>S&amp;ync with team…</source>
        <translation>Sincronizar con el &amp;equipo…</translation>
    </message>
    <message>
        <source>Back up &amp;now…</source>
        <translation>Copia de seguridad a&amp;hora…</translation>
    </message>
    <message>
        <source>E&amp;xport bundle…</source>
        <translation>E&amp;xportar paquete…</translation>
    </message>
    <message>
        <source>I&amp;mport bundle…</source>
        <translation>I&amp;mportar paquete…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Scorecard and roster files</source>
        <translation>Archivos de &amp;fichas y de equipo</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <source>Fill with a &amp;demo team…</source>
        <translation>Rellenar con un equipo de &amp;demostración…</translation>
    </message>
    <message>
        <source>&amp;About FieldRide</source>
        <translation>A&amp;cerca de FieldRide</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>&amp;Plan a ride…</source>
        <translation>&amp;Planificar acompañamiento…</translation>
    </message>
    <message>
        <source>&amp;Continue the ride in progress</source>
        <translation>&amp;Continuar el acompañamiento en curso</translation>
    </message>
    <message>
        <source>&amp;Debrief the ride</source>
        <translation>Dar &amp;feedback del acompañamiento</translation>
    </message>
    <message>
        <source>Lan&amp;guage</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>The language changes the next time FieldRide starts.</source>
        <translation>El idioma cambia la próxima vez que se abra FieldRide.</translation>
    </message>
    <message>
        <source>A ride is planned with a seller: add one first.</source>
        <translation>Un acompañamiento se planifica con un/a comercial: añada uno primero.</translation>
    </message>
    <message>
        <source>No ride in progress.</source>
        <translation>No hay ningún acompañamiento en curso.</translation>
    </message>
    <message>
        <source>No ride in progress to debrief.</source>
        <translation>No hay ningún acompañamiento en curso para dar feedback.</translation>
    </message>
    <message>
        <source>This is the debrief of the ride in progress.</source>
        <translation>Este es el feedback del acompañamiento en curso.</translation>
    </message>
    <message>
        <source>{action} {what}</source>
        <translation>{action}: {what}</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Copia de seguridad escrita</translation>
    </message>
    <message>
        <source>The backup is {path}. FieldRide keeps it with its daily backups; copy that folder to keep one somewhere else.</source>
        <translation>La copia es {path}. FieldRide la guarda con sus copias diarias; copie esa carpeta para tener una en otro lugar.</translation>
    </message>
    <message>
        <source>The backup failed because of an unexpected error.</source>
        <translation>La copia de seguridad falló por un error inesperado.</translation>
    </message>
    <message>
        <source>No backup written</source>
        <translation>No se escribió ninguna copia</translation>
    </message>
    <message>
        <source>Backup cancelled</source>
        <translation>Copia de seguridad cancelada</translation>
    </message>
    <message>
        <source>No backup was written. Nothing changed.</source>
        <translation>No se escribió ninguna copia. No cambió nada.</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Haciendo copia de seguridad</translation>
    </message>
    <message>
        <source>Writing a backup of the data file…</source>
        <translation>Escribiendo una copia del archivo de datos…</translation>
    </message>
    <message>
        <source>Team server: {place}
Signed in as: {role} ({kind})</source>
        <translation>Servidor del equipo: {place}
Conectado como: {role} ({kind})</translation>
    </message>
    <message>
        <source>Edits not saved</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message numerus="yes">
        <source>{what}

%n edit(s) of this session could not be written yet and would be lost if you quit now.

Quit anyway? Choose No to keep FieldRide open: it saves them as soon as the disk takes them.</source>
        <translation>
            <numerusform>{what}

%n cambio de esta sesión aún no se pudo escribir y se perdería si sale ahora.

¿Salir de todos modos? Elija No para mantener FieldRide abierto: lo guardará en cuanto el disco lo permita.</numerusform>
            <numerusform>{what}

%n cambios de esta sesión aún no se pudieron escribir y se perderían si sale ahora.

¿Salir de todos modos? Elija No para mantener FieldRide abierto: los guardará en cuanto el disco lo permita.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MyCoachingScreen</name>
    <message>
        <source>My coaching</source>
        <translation>Mi coaching</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Last {days} days</source>
        <translation>Últimos {days} días</translation>
    </message>
    <message>
        <source>My coaching summary</source>
        <translation>Mi resumen de coaching</translation>
    </message>
    <message>
        <source>coaching report</source>
        <translation>informe de coaching</translation>
    </message>
    <message>
        <source>The same figures as a PDF to print or keep, for the period chosen above</source>
        <translation>Las mismas cifras en un PDF para imprimir o guardar, para el periodo elegido arriba</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Rides</source>
        <translation>Acompañamientos</translation>
    </message>
    <message>
        <source>Cadence</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Days since last ride</source>
        <translation>Días desde el último acompañamiento</translation>
    </message>
    <message>
        <source>Questions asked</source>
        <translation>Preguntas hechas</translation>
    </message>
    <message>
        <source>Advice given</source>
        <translation>Consejos dados</translation>
    </message>
    <message>
        <source>Days to acknowledgement</source>
        <translation>Días hasta la confirmación</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>No sellers yet. Add them on the Sellers screen.</source>
        <translation>Aún no hay comerciales. Añádalos en la pantalla Comerciales.</translation>
    </message>
    <message>
        <source>Coaching per seller</source>
        <translation>Coaching por comercial</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Acordados</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Revisados</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Applied at the next ride</source>
        <translation>Aplicados en el siguiente acompañamiento</translation>
    </message>
    <message>
        <source>Still holding two rides later</source>
        <translation>Se mantienen dos acompañamientos después</translation>
    </message>
    <message>
        <source>No commitments agreed in this period.</source>
        <translation>No se acordaron compromisos en este periodo.</translation>
    </message>
    <message>
        <source>Commitments by behaviour</source>
        <translation>Compromisos por comportamiento</translation>
    </message>
    <message>
        <source>Per seller (double-click for their progress)</source>
        <translation>Por comercial (doble clic para ver su progreso)</translation>
    </message>
    <message>
        <source>How the figures are counted</source>
        <translation>Cómo se cuentan las cifras</translation>
    </message>
    <message>
        <source>{since} to {until}</source>
        <translation>del {since} al {until}</translation>
    </message>
    <message>
        <source>Coaching report</source>
        <translation>Informe de coaching</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Show &amp;navigation</source>
        <translation>Mostrar la &amp;navegación</translation>
    </message>
</context>
<context>
    <name>NoteList</name>
    <message>
        <source>Quick notes</source>
        <translation>Notas rápidas</translation>
    </message>
    <message>
        <source>Quick notes of this ride</source>
        <translation>Notas rápidas de este acompañamiento</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit the selected note</source>
        <translation>Editar la nota seleccionada</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected note</source>
        <translation>Quitar la nota seleccionada</translation>
    </message>
    <message>
        <source>{time}  {note}  (not saved yet)</source>
        <translation>{time}  {note}  (aún no guardada)</translation>
    </message>
</context>
<context>
    <name>OutputSettingsDialog</name>
    <message>
        <source>Accent colour</source>
        <translation>Color de acento</translation>
    </message>
    <message>
        <source>Output and branding</source>
        <translation>Salida e imagen de marca</translation>
    </message>
    <message>
        <source>Printed as the manager on handouts and briefs</source>
        <translation>Se imprime como responsable en resúmenes y briefings</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>Printed at the top of every document</source>
        <translation>Se imprime arriba en cada documento</translation>
    </message>
    <message>
        <source>Organisation name</source>
        <translation>Nombre de la organización</translation>
    </message>
    <message>
        <source>PNG or JPEG; leave empty for no logo</source>
        <translation>PNG o JPEG; vacío para no poner logotipo</translation>
    </message>
    <message>
        <source>Logo image file</source>
        <translation>Archivo de imagen del logotipo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Pick colour…</source>
        <translation>Elegir color…</translation>
    </message>
    <message>
        <source>Pick accent colour</source>
        <translation>Elegir color de acento</translation>
    </message>
    <message>
        <source>Page size</source>
        <translation>Tamaño de página</translation>
    </message>
    <message>
        <source>From the system (Letter)</source>
        <translation>Del sistema (Carta)</translation>
    </message>
    <message>
        <source>From the system (A4)</source>
        <translation>Del sistema (A4)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Carta (8,5 × 11 pulg.)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Print the photos and files attached to the calls on the coaching summary</source>
        <translation>Imprimir en el resumen de coaching las fotos y archivos adjuntos a las interacciones</translation>
    </message>
    <message>
        <source>Photos are scaled to fit the page; other files are listed by name. Files on the private note are never printed.</source>
        <translation>Las fotos se ajustan a la página; los demás archivos se listan por su nombre. Los archivos de la nota privada nunca se imprimen.</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <source>Documents stay readable in black and white: a light accent colour is darkened for headings automatically.</source>
        <translation>Los documentos se leen bien en blanco y negro: un color de acento claro se oscurece automáticamente en los títulos.</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Cannot show this file</source>
        <translation>No se puede mostrar este archivo</translation>
    </message>
    <message>
        <source>The accent colour &apos;{accent}&apos; is not a colour: use #RRGGBB, e.g. #1F5C99.</source>
        <translation>El color de acento «{accent}» no es un color: use #RRGGBB, p. ej. #1F5C99.</translation>
    </message>
</context>
<context>
    <name>PaperSelfRatingDialog</name>
    <message>
        <source>Paper self-assessment · {seller} · {date}</source>
        <translation>Autoevaluación en papel · {seller} · {date}</translation>
    </message>
    <message>
        <source>Type in what the seller marked on the printed scorecard: one call per behaviour for the whole ride. Saved as entered from paper.</source>
        <translation>Transcriba lo que marcó el/la comercial en la ficha impresa: una valoración por comportamiento para todo el acompañamiento. Se guarda como introducido desde papel.</translation>
    </message>
    <message>
        <source>— not rated</source>
        <translation>— sin valorar</translation>
    </message>
    <message>
        <source>No opportunity</source>
        <translation>Sin ocasión</translation>
    </message>
    <message>
        <source>The seller&apos;s call on {behaviour}</source>
        <translation>Valoración del/de la comercial sobre {behaviour}</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Sin guardar</translation>
    </message>
</context>
<context>
    <name>PlacementNotice</name>
    <message>
        <source>Your data folder may not be safe here</source>
        <translation>Su carpeta de datos puede no estar segura aquí</translation>
    </message>
</context>
<context>
    <name>PlanRideDialog</name>
    <message>
        <source>Plan a ride</source>
        <translation>Planificar acompañamiento</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Ride date</source>
        <translation>Fecha del acompañamiento</translation>
    </message>
    <message>
        <source>Ride type</source>
        <translation>Tipo de acompañamiento</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>{name} (version {version}, latest)</source>
        <translation>{name} (versión {version}, la última)</translation>
    </message>
    <message>
        <source>Ride objective</source>
        <translation>Objetivo del acompañamiento</translation>
    </message>
    <message>
        <source>Optional: what this ride should show or change</source>
        <translation>Opcional: qué debería mostrar o cambiar este acompañamiento</translation>
    </message>
    <message>
        <source>&amp;Seller</source>
        <translation>&amp;Comercial</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>T&amp;ype</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>S&amp;corecard</source>
        <translation>Fic&amp;ha</translation>
    </message>
    <message>
        <source>O&amp;bjective</source>
        <translation>&amp;Objetivo</translation>
    </message>
    <message>
        <source>Expect: {kind}</source>
        <translation>Previsto: {kind}</translation>
    </message>
    <message>
        <source>Calls e&amp;xpected</source>
        <translation>Interacciones &amp;previstas</translation>
    </message>
    <message>
        <source>&amp;Focus behaviours (one or two; Space to tick, at most {most})</source>
        <translation>Comportamientos &amp;prioritarios (uno o dos; Espacio para marcar, como máximo {most})</translation>
    </message>
    <message>
        <source>Focus behaviours</source>
        <translation>Comportamientos prioritarios</translation>
    </message>
    <message>
        <source>Focus message</source>
        <translation>Mensaje sobre la prioridad</translation>
    </message>
    <message>
        <source>Before you plan</source>
        <translation>Antes de planificar</translation>
    </message>
    <message>
        <source>Why the ride was not planned</source>
        <translation>Por qué no se planificó el acompañamiento</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Plan ride</source>
        <translation>Planificar</translation>
    </message>
    <message>
        <source>Plan the ride for later</source>
        <translation>Planificar el acompañamiento para más tarde</translation>
    </message>
    <message>
        <source>Plan and start capture</source>
        <translation>Planificar y empezar a observar</translation>
    </message>
    <message>
        <source>Plan the ride and start capturing it</source>
        <translation>Planificar el acompañamiento y empezar a observarlo</translation>
    </message>
    <message>
        <source>Suggested focus</source>
        <translation>Prioridad sugerida</translation>
    </message>
    <message>
        <source>Commitments to verify on this ride</source>
        <translation>Compromisos que revisar en este acompañamiento</translation>
    </message>
    <message>
        <source>Last ride</source>
        <translation>Último acompañamiento</translation>
    </message>
    <message>
        <source>Training since the last ride</source>
        <translation>Formación desde el último acompañamiento</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Before you plan&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Antes de planificar&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>{behaviour}
    Suggested: {reason}</source>
        <translation>{behaviour}
    Sugerencia: {reason}</translation>
    </message>
    <message>
        <source>Add a seller first (Sellers screen).</source>
        <translation>Añada primero un/a comercial (pantalla Comerciales).</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Suggested focus&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Prioridad sugerida&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Suggested focus&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Nothing to suggest yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Prioridad sugerida&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Aún no hay nada que sugerir.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>{text} &lt;i&gt;(due {day})&lt;/i&gt;</source>
        <translation>{text} &lt;i&gt;(vence el {day})&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{text} &lt;i&gt;(due {day}, overdue)&lt;/i&gt;</source>
        <translation>{text} &lt;i&gt;(vence el {day}, vencido)&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Commitments to verify&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Compromisos que revisar&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Commitments to verify&lt;/b&gt;&lt;/p&gt;&lt;p&gt;None open.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Compromisos que revisar&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ninguno abierto.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Last ride&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Último acompañamiento&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{lines}&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Last ride&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No earlier ride with this seller.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Último acompañamiento&lt;/b&gt;&lt;/p&gt;&lt;p&gt;No hay acompañamientos anteriores con este/a comercial.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Training since then&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Formación desde entonces&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;{items}&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>PointEditor</name>
    <message>
        <source>Strength</source>
        <translation>Fortaleza</translation>
    </message>
    <message>
        <source>What to keep doing: one behaviour, with what you saw.</source>
        <translation>Lo que conviene seguir haciendo: un comportamiento, con lo que observó.</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Área de mejora</translation>
    </message>
    <message>
        <source>The one thing to work on: one behaviour, with what you saw.</source>
        <translation>Lo único que trabajar: un comportamiento, con lo que observó.</translation>
    </message>
    <message>
        <source>{point}: behaviour</source>
        <translation>{point}: comportamiento</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Evidencia</translation>
    </message>
    <message>
        <source>Pick a captured line</source>
        <translation>Elegir una evidencia anotada</translation>
    </message>
    <message>
        <source>{point}: pick evidence from the ride</source>
        <translation>{point}: elegir una evidencia del acompañamiento</translation>
    </message>
    <message>
        <source>{point}: evidence</source>
        <translation>{point}: evidencia</translation>
    </message>
    <message>
        <source>What was said or done — or pick a captured line.</source>
        <translation>Lo que se dijo o hizo, o elija una evidencia anotada.</translation>
    </message>
    <message>
        <source>{point}: what good looks like</source>
        <translation>{point}: cómo se ve cuando está bien</translation>
    </message>
    <message>
        <source>— choose a behaviour —</source>
        <translation>— elegir un comportamiento —</translation>
    </message>
    <message>
        <source>&lt;b&gt;What good looks like:&lt;/b&gt; {text}</source>
        <translation>&lt;b&gt;Cómo se ve cuando está bien:&lt;/b&gt; {text}</translation>
    </message>
    <message>
        <source>{behaviour} — {line}</source>
        <translation>{behaviour} — {line}</translation>
    </message>
    <message>
        <source>No evidence was written on this ride&apos;s calls.</source>
        <translation>No se anotaron evidencias en las interacciones de este acompañamiento.</translation>
    </message>
</context>
<context>
    <name>PreviewText</name>
    <message>
        <source>weight {weight}</source>
        <translation>peso {weight}</translation>
    </message>
    <message>
        <source>Look for</source>
        <translation>En qué fijarse</translation>
    </message>
    <message>
        <source>Ask</source>
        <translation>Qué preguntar</translation>
    </message>
    <message>
        <source>No look-fors</source>
        <translation>Sin puntos de observación</translation>
    </message>
    <message>
        <source>No diagnostic questions</source>
        <translation>Sin preguntas de reflexión</translation>
    </message>
    <message>
        <source>(archived)</source>
        <translation>(archivada)</translation>
    </message>
    <message numerus="yes">
        <source>Version {version} · %n behaviour(s) · key {key} · from {source}</source>
        <translation>
            <numerusform>Versión {version} · %n comportamiento · clave {key} · de {source}</numerusform>
            <numerusform>Versión {version} · %n comportamientos · clave {key} · de {source}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version {version} · %n behaviour(s) · key {key}</source>
        <translation>
            <numerusform>Versión {version} · %n comportamiento · clave {key}</numerusform>
            <numerusform>Versión {version} · %n comportamientos · clave {key}</numerusform>
        </translation>
    </message>
    <message>
        <source>N No opportunity</source>
        <translation>N Sin ocasión</translation>
    </message>
    <message>
        <source>The call gave no chance to show it. Never counts in a score.</source>
        <translation>La interacción no dio ocasión de mostrarlo. Nunca cuenta en la puntuación.</translation>
    </message>
    <message>
        <source>Rating scale</source>
        <translation>Escala de valoración</translation>
    </message>
</context>
<context>
    <name>PrivateNote</name>
    <message>
        <source>Private — never shared</source>
        <translation>Privado, nunca se comparte</translation>
    </message>
</context>
<context>
    <name>PrivateNoteBox</name>
    <message>
        <source>{title}: only you see this box</source>
        <translation>{title}: solo usted ve este recuadro</translation>
    </message>
    <message>
        <source>Only you see this note. It is never printed, exported to the seller&apos;s summary or shown in the acknowledgement.</source>
        <translation>Solo usted ve esta nota. Nunca se imprime, ni pasa al resumen del/de la comercial, ni se muestra en la confirmación.</translation>
    </message>
    <message>
        <source>Private manager note, never shared</source>
        <translation>Nota privada del responsable, nunca se comparte</translation>
    </message>
    <message>
        <source>Your own notes about this ride. The seller never sees them.</source>
        <translation>Sus propias notas sobre este acompañamiento. El/la comercial nunca las ve.</translation>
    </message>
    <message>
        <source>File not attached</source>
        <translation>Archivo no adjuntado</translation>
    </message>
    <message>
        <source>file attached to the private note</source>
        <translation>archivo adjuntado a la nota privada</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Adjunto</translation>
    </message>
    <message>
        <source>private file removed</source>
        <translation>archivo privado quitado</translation>
    </message>
    <message>
        <source>private note</source>
        <translation>nota privada</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Asked</source>
        <translation>Hecha</translation>
    </message>
    <message>
        <source>Asked: {question}</source>
        <translation>Hecha: {question}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove: {question}</source>
        <translation>Quitar: {question}</translation>
    </message>
    <message>
        <source>Seller&apos;s answer to: {question}</source>
        <translation>Respuesta del/de la comercial a: {question}</translation>
    </message>
    <message>
        <source>The seller&apos;s answer (optional)</source>
        <translation>Respuesta del/de la comercial (opcional)</translation>
    </message>
    <message>
        <source>Advice: ask it instead?</source>
        <translation>Consejo: ¿mejor preguntarlo?</translation>
    </message>
    <message>
        <source>From the scorecard</source>
        <translation>De la ficha</translation>
    </message>
    <message>
        <source>Your question</source>
        <translation>Su pregunta</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message numerus="yes">
        <source>%n question(s) asked</source>
        <translation>
            <numerusform>%n pregunta hecha</numerusform>
            <numerusform>%n preguntas hechas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) of advice</source>
        <translation>
            <numerusform>%n consejo dado</numerusform>
            <numerusform>%n consejos dados</numerusform>
        </translation>
    </message>
    <message>
        <source>{asked} · {advice}</source>
        <translation>{asked} · {advice}</translation>
    </message>
    <message>
        <source>Questions asked and statements of advice</source>
        <translation>Preguntas hechas y consejos dados</translation>
    </message>
    <message>
        <source>Add your own question</source>
        <translation>Añadir una pregunta propia</translation>
    </message>
    <message>
        <source>Add your own question… (Enter)</source>
        <translation>Añadir una pregunta propia… (Intro)</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add question</source>
        <translation>Añadir pregunta</translation>
    </message>
    <message>
        <source>Questions for the gap ({gap}) come from the scorecard.</source>
        <translation>Las preguntas para el área de mejora ({gap}) vienen de la ficha.</translation>
    </message>
    <message>
        <source>Pick the gap first: its diagnostic questions are offered here.</source>
        <translation>Elija primero el área de mejora: aquí aparecerán sus preguntas de diagnóstico.</translation>
    </message>
    <message>
        <source>More telling than asking. Turn advice into a question the seller answers.</source>
        <translation>Más decir que preguntar. Convierta el consejo en una pregunta que responda el/la comercial.</translation>
    </message>
    <message>
        <source>Tick each question you asked; note what the seller answered.</source>
        <translation>Marque cada pregunta que hizo; anote lo que respondió el/la comercial.</translation>
    </message>
    <message>
        <source>question</source>
        <translation>pregunta</translation>
    </message>
    <message>
        <source>question removed</source>
        <translation>pregunta eliminada</translation>
    </message>
    <message>
        <source>Question not added</source>
        <translation>Pregunta no añadida</translation>
    </message>
    <message>
        <source>question added</source>
        <translation>pregunta añadida</translation>
    </message>
</context>
<context>
    <name>QuickNoteBar</name>
    <message>
        <source>Quick note ({keys})</source>
        <translation>Nota rápida ({keys})</translation>
    </message>
    <message>
        <source>Quick note</source>
        <translation>Nota rápida</translation>
    </message>
    <message>
        <source>{keys} from anywhere, type, Enter to save with the time; Esc to go back</source>
        <translation>{keys} desde cualquier sitio, escribir, Intro guarda con la hora; Esc vuelve</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Add the quick note</source>
        <translation>Añadir la nota rápida</translation>
    </message>
</context>
<context>
    <name>RatingGrid</name>
    <message>
        <source>Behaviour ratings</source>
        <translation>Valoraciones de los comportamientos</translation>
    </message>
    <message>
        <source>Digits rate the current behaviour, N marks no opportunity, Delete clears</source>
        <translation>Los dígitos valoran el comportamiento actual, N = sin ocasión, Supr borra</translation>
    </message>
    <message>
        <source>Focus behaviours</source>
        <translation>Comportamientos prioritarios</translation>
    </message>
</context>
<context>
    <name>RatingRowAccessible</name>
    <message>
        <source>The rating of this behaviour</source>
        <translation>La valoración de este comportamiento</translation>
    </message>
    <message>
        <source>Rate this level</source>
        <translation>Valorar con este nivel</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <source>Repair the data file</source>
        <translation>Reparar el archivo de datos</translation>
    </message>
    <message>
        <source>Repairing the data file… This can take a minute for a large data file.</source>
        <translation>Reparando el archivo de datos… Con un archivo de datos grande puede tardar un minuto.</translation>
    </message>
    <message>
        <source>Open FieldRide</source>
        <translation>Abrir FieldRide</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>diaria</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>hecha a mano</translation>
    </message>
    <message>
        <source>before an update</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <source>Restore the newest sound backup listed below (it is selected).</source>
        <translation>Restaure la copia de seguridad correcta más reciente de la lista de abajo (está seleccionada).</translation>
    </message>
    <message>
        <source>Either continue with the data file as it is, or restore the newest sound backup listed below (it is selected).</source>
        <translation>Siga con el archivo de datos tal como está, o restaure la copia de seguridad correcta más reciente de la lista de abajo (está seleccionada).</translation>
    </message>
    <message>
        <source>FieldRide: the data needs attention</source>
        <translation>FieldRide: los datos necesitan atención</translation>
    </message>
    <message>
        <source>FieldRide could not open its data safely</source>
        <translation>FieldRide no pudo abrir sus datos de forma segura</translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation>Qué falla</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Mostrar detalles</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Detalles técnicos</translation>
    </message>
    <message>
        <source>&amp;Backups in this data folder (newest first):</source>
        <translation>&amp;Copias de seguridad en esta carpeta de datos (la más reciente primero):</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia seleccionada</translation>
    </message>
    <message>
        <source>Start with an empty data file</source>
        <translation>Empezar con un archivo de datos vacío</translation>
    </message>
    <message>
        <source>Continue with the file as it is</source>
        <translation>Seguir con el archivo tal como está</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Restoring moves the current data file aside (it is kept, never deleted) and puts the chosen backup in its place. Data folder: {folder}</source>
        <translation>Restaurar aparta el archivo de datos actual (se conserva, nunca se borra) y pone en su lugar la copia elegida. Carpeta de datos: {folder}</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>Ocultar detalles</translation>
    </message>
    <message>
        <source>{day}, {time}</source>
        <translation>{day}, {time}</translation>
    </message>
    <message>
        <source>{when} · {kind} · {size}</source>
        <translation>{when} · {kind} · {size}</translation>
    </message>
    <message>
        <source>{when} · {kind} · {size} · DAMAGED</source>
        <translation>{when} · {kind} · {size} · DAÑADA</translation>
    </message>
    <message>
        <source>No backups yet.</source>
        <translation>Aún no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>Choose a sound backup to restore.</source>
        <translation>Elija una copia intacta para restaurar.</translation>
    </message>
    <message>
        <source>The repair did not run, and nothing was changed: {reason}</source>
        <translation>La reparación no se ejecutó y no se cambió nada: {reason}</translation>
    </message>
    <message>
        <source>Nothing to repair was found: the data file was not changed.</source>
        <translation>No había nada que reparar: el archivo de datos no se modificó.</translation>
    </message>
    <message>
        <source>Nothing could be repaired: the data file was left as it was. What was found is listed below. A copy of the files is in {folder}.</source>
        <translation>No se pudo reparar nada: el archivo de datos quedó como estaba. Lo que se encontró aparece abajo. Hay una copia de los archivos en {folder}.</translation>
    </message>
    <message>
        <source>Repaired; nothing was lost. What was done is listed below. A copy of the files as they were is in {folder}.</source>
        <translation>Reparado; no se perdió nada. Lo que se hizo aparece abajo. Hay una copia de los archivos tal como estaban en {folder}.</translation>
    </message>
    <message>
        <source>Repaired, but not everything could be recovered: what is lost is listed below. A copy of the files as they were is in {folder}.</source>
        <translation>Reparado, pero no todo se pudo recuperar: lo que se perdió aparece abajo. Hay una copia de los archivos tal como estaban en {folder}.</translation>
    </message>
</context>
<context>
    <name>RehearsalPanel</name>
    <message>
        <source>Replay a short part of a call, or rewrite a piece of the work together, until it sounds right. Note what, how many times, and how the last try went.</source>
        <translation>Repitan una parte breve de una interacción, o reescriban juntos una parte del trabajo, hasta que suene bien. Anote qué, cuántas veces y cómo fue el último intento.</translation>
    </message>
    <message>
        <source>What was rehearsed</source>
        <translation>Qué se ensayó</translation>
    </message>
    <message>
        <source>e.g. the last two minutes of the Harbour Foods call</source>
        <translation>p. ej., los dos últimos minutos de la visita a Harbour Foods</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>How many times</source>
        <translation>Cuántas veces</translation>
    </message>
    <message>
        <source> times</source>
        <translation> veces</translation>
    </message>
    <message>
        <source>How it went</source>
        <translation>Cómo fue</translation>
    </message>
    <message>
        <source>e.g. the second try ended with a dated next step</source>
        <translation>p. ej., el segundo intento terminó con un siguiente paso con fecha</translation>
    </message>
    <message>
        <source>Rehearsal not saved</source>
        <translation>Ensayo no guardado</translation>
    </message>
    <message>
        <source>rehearsal</source>
        <translation>ensayo</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <source>seller</source>
        <translation>comercial</translation>
    </message>
    <message>
        <source>Coaching summary - {seller} - {day}.pdf</source>
        <translation>Resumen de coaching - {seller} - {day}.pdf</translation>
    </message>
    <message>
        <source>Coaching summary</source>
        <translation>Resumen de coaching</translation>
    </message>
    <message>
        <source>The summary was written to {path}, but: {error}</source>
        <translation>El resumen se escribió en {path}, pero: {error}</translation>
    </message>
    <message>
        <source>Could not write the summary to {path}: {error}.</source>
        <translation>No se pudo escribir el resumen en {path}: {error}.</translation>
    </message>
    <message>
        <source>The coaching summary could not be produced (an internal error; details are in the log file). Nothing was marked as shared.</source>
        <translation>No se pudo crear el resumen de coaching (error interno; los detalles están en el registro). No se marcó nada como compartido.</translation>
    </message>
    <message>
        <source>The summary was saved as {path}, but no PDF viewer could be started. Open that file from your file manager.</source>
        <translation>El resumen se guardó como {path}, pero no se pudo abrir ningún visor de PDF. Ábralo desde el gestor de archivos.</translation>
    </message>
    <message>
        <source>Save coaching summary</source>
        <translation>Guardar el resumen de coaching</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Print coaching summary</source>
        <translation>Imprimir el resumen de coaching</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Team review</source>
        <translation>Análisis del equipo</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Show the sellers of this manager</source>
        <translation>Mostrar solo los comerciales de este responsable</translation>
    </message>
    <message>
        <source>Ride every</source>
        <translation>Acompañar cada</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Cadence target: ride with each seller every so many days</source>
        <translation>Ritmo: acompañar a cada comercial cada tantos días</translation>
    </message>
    <message>
        <source>How often you mean to ride with each seller. A seller not ridden with for longer is marked “ride due” here, on Today and in their progress.</source>
        <translation>Cada cuánto quiere acompañar a cada comercial. Quien lleve más tiempo sin acompañamiento aparece como «acompañamiento pendiente» aquí, en Hoy y en su progreso.</translation>
    </message>
    <message>
        <source>Record training…</source>
        <translation>Registrar formación…</translation>
    </message>
    <message>
        <source>Record training</source>
        <translation>Registrar formación</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Team summary</source>
        <translation>Resumen del equipo</translation>
    </message>
    <message>
        <source>Nothing to review yet. After your first rides, each seller&apos;s latest levels and coaching cadence show here.</source>
        <translation>Todavía no hay nada que analizar. Tras sus primeros acompañamientos verá aquí los últimos niveles y el ritmo de coaching de cada comercial.</translation>
    </message>
    <message>
        <source>Overdue commitments</source>
        <translation>Compromisos vencidos</translation>
    </message>
    <message>
        <source>No overdue commitments.</source>
        <translation>No hay compromisos vencidos.</translation>
    </message>
    <message>
        <source>cadence target</source>
        <translation>ritmo</translation>
    </message>
    <message>
        <source>Cadence target</source>
        <translation>Ritmo</translation>
    </message>
    <message>
        <source>Overdue commitments ({count})</source>
        <translation>Compromisos vencidos ({count})</translation>
    </message>
    <message numerus="yes">
        <source>%n seller(s)</source>
        <translation>
            <numerusform>%n comercial</numerusform>
            <numerusform>%n comerciales</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ride due with %n: {names}</source>
        <translation>
            <numerusform>acompañamiento pendiente con %n: {names}</numerusform>
            <numerusform>acompañamiento pendiente con %n: {names}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>everyone ridden with in the last %n day(s)</source>
        <translation>
            <numerusform>todos acompañados en el último día (%n)</numerusform>
            <numerusform>todos acompañados en los últimos %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue commitment(s)</source>
        <translation>
            <numerusform>%n compromiso vencido</numerusform>
            <numerusform>%n compromisos vencidos</numerusform>
        </translation>
    </message>
    <message>
        <source>All managers</source>
        <translation>Todos los responsables</translation>
    </message>
    <message>
        <source>training recorded</source>
        <translation>formación registrada</translation>
    </message>
</context>
<context>
    <name>RideHistoryDialog</name>
    <message>
        <source>History · {seller} · {day}</source>
        <translation>Historial · {seller} · {day}</translation>
    </message>
    <message>
        <source>What happened to this ride after its debrief. Changes made after the seller&apos;s acknowledgement are listed one by one; private notes are never recorded here.</source>
        <translation>Lo que pasó con este acompañamiento después del feedback. Los cambios posteriores a la confirmación del/de la comercial se listan uno a uno; las notas privadas nunca se registran aquí.</translation>
    </message>
    <message>
        <source>Ride history</source>
        <translation>Historial del acompañamiento</translation>
    </message>
</context>
<context>
    <name>RideSummaryView</name>
    <message>
        <source>Call {number}: no opportunity</source>
        <translation>Interacción {number}: sin ocasión</translation>
    </message>
    <message>
        <source>Call {number}: not rated</source>
        <translation>Interacción {number}: sin valorar</translation>
    </message>
    <message>
        <source>Call {number}: {level} {label}</source>
        <translation>Interacción {number}: {level} {label}</translation>
    </message>
    <message>
        <source>What the ride showed</source>
        <translation>Lo que mostró el acompañamiento</translation>
    </message>
    <message>
        <source>C{number}</source>
        <translation>I{number}</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <source>Avg</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Call {number}: {title}</source>
        <translation>Interacción {number}: {title}</translation>
    </message>
    <message>
        <source>Not observed ({count})</source>
        <translation>No observados ({count})</translation>
    </message>
    <message>
        <source>{section} · {behaviour} (focus behaviour)</source>
        <translation>{section} · {behaviour} (comportamiento prioritario)</translation>
    </message>
    <message>
        <source>{section} · {behaviour}</source>
        <translation>{section} · {behaviour}</translation>
    </message>
    <message>
        <source>{behaviour}, focus: {calls}</source>
        <translation>{behaviour}, prioritario: {calls}</translation>
    </message>
    <message>
        <source>{behaviour}: {calls}</source>
        <translation>{behaviour}: {calls}</translation>
    </message>
    <message>
        <source>C{number}: “{text}”</source>
        <translation>I{number}: «{text}»</translation>
    </message>
</context>
<context>
    <name>RosterPreview</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What happens</source>
        <translation>Qué pasa</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>New seller</source>
        <translation>Comercial nuevo</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Actualizado</translation>
    </message>
    <message>
        <source>Restored from the archive</source>
        <translation>Recuperado del archivo</translation>
    </message>
    <message>
        <source>No change</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Possible duplicate — new seller</source>
        <translation>Posible duplicado — comercial nuevo</translation>
    </message>
    <message>
        <source>Possible duplicate — updated</source>
        <translation>Posible duplicado — actualizado</translation>
    </message>
    <message>
        <source>Possible duplicate — restored from the archive</source>
        <translation>Posible duplicado — recuperado del archivo</translation>
    </message>
    <message>
        <source>Possible duplicate — no change</source>
        <translation>Posible duplicado — sin cambios</translation>
    </message>
    <message>
        <source>changes {fields}</source>
        <translation>cambia {fields}</translation>
    </message>
</context>
<context>
    <name>RosterPreviewDialog</name>
    <message>
        <source>Import {name}?</source>
        <translation>¿Importar {name}?</translation>
    </message>
    <message>
        <source>{name} ({source}): {summary}</source>
        <translation>{name} ({source}): {summary}</translation>
    </message>
    <message>
        <source>These columns are not used and will not be imported: {columns}.</source>
        <translation>Estas columnas no se usan y no se importarán: {columns}.</translation>
    </message>
    <message>
        <source>Who the roster adds and updates</source>
        <translation>A quién añade y actualiza la lista</translation>
    </message>
    <message>
        <source>Nothing has been written yet. Import writes all of it at once, or nothing.</source>
        <translation>Todavía no se ha escrito nada. Importar lo escribe todo de una vez, o nada.</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
</context>
<context>
    <name>RosterWrite</name>
    <message>
        <source>Importing a roster</source>
        <translation>Importando una lista del equipo</translation>
    </message>
    <message>
        <source>Writing the sellers of {file}…</source>
        <translation>Guardando los comerciales de {file}…</translation>
    </message>
    <message>
        <source>Sellers written: {count}</source>
        <translation>Comerciales guardados: {count}</translation>
    </message>
    <message>
        <source>Roster not imported</source>
        <translation>Lista del equipo no importada</translation>
    </message>
    <message>
        <source>Cancelled: no seller was added or changed.</source>
        <translation>Cancelado: no se añadió ni se cambió ningún comercial.</translation>
    </message>
    <message>
        <source>{file}: {error}</source>
        <translation>{file}: {error}</translation>
    </message>
    <message>
        <source>the sellers could not be written (see the log).</source>
        <translation>no se pudieron guardar los comerciales (ver el registro).</translation>
    </message>
</context>
<context>
    <name>ScorecardHistory</name>
    <message>
        <source>Version history</source>
        <translation>Historial de versiones</translation>
    </message>
    <message>
        <source>Importing a changed file makes a new version; rides keep theirs.</source>
        <translation>Importar un archivo modificado crea una versión nueva; los acompañamientos conservan la suya.</translation>
    </message>
    <message>
        <source>Version {version} (latest)</source>
        <translation>Versión {version} (la última)</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message numerus="yes">
        <source>used by %n ride(s)</source>
        <translation>
            <numerusform>usada en %n acompañamiento</numerusform>
            <numerusform>usada en %n acompañamientos</numerusform>
        </translation>
    </message>
    <message>
        <source>not used yet</source>
        <translation>todavía sin usar</translation>
    </message>
    <message>
        <source>{version} · {when} · {file} · {use}</source>
        <translation>{version} · {when} · {file} · {use}</translation>
    </message>
    <message>
        <source>{version} · {when} · {use}</source>
        <translation>{version} · {when} · {use}</translation>
    </message>
</context>
<context>
    <name>ScorecardPreview</name>
    <message>
        <source>Scorecard preview</source>
        <translation>Vista previa de la ficha</translation>
    </message>
    <message>
        <source>Select a scorecard to see it as you will during a ride.</source>
        <translation>Elija una ficha para verla como la verá durante un acompañamiento.</translation>
    </message>
</context>
<context>
    <name>ScorecardsScreen</name>
    <message>
        <source>Importing a scorecard</source>
        <translation>Importando una ficha</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>{name} (archived)</source>
        <translation>{name} (archivada)</translation>
    </message>
    <message>
        <source>YAML file…</source>
        <translation>Archivo YAML…</translation>
    </message>
    <message>
        <source>YAML (*.yaml *.yml)</source>
        <translation>YAML (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)…</source>
        <translation>Libro de Excel (XLSX)…</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Libro de Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Drop a scorecard file (YAML, JSON, CSV or Excel) anywhere here to import it.</source>
        <translation>Arrastre aquí un archivo de ficha (YAML, JSON, CSV o Excel) para importarlo.</translation>
    </message>
    <message>
        <source>Scorecard status</source>
        <translation>Estado de las fichas</translation>
    </message>
    <message>
        <source>blank scorecard</source>
        <translation>ficha en blanco</translation>
    </message>
    <message>
        <source>The selected version on paper, with columns for four calls, for a ride without the laptop</source>
        <translation>La versión elegida en papel, con columnas para cuatro interacciones, para un acompañamiento sin portátil</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a scorecard from a YAML, JSON, CSV or Excel file</source>
        <translation>Importar una ficha desde un archivo YAML, JSON, CSV o Excel</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Copy this scorecard to adapt it; the original stays</source>
        <translation>Copiar esta ficha para adaptarla; el original se mantiene</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Show archived scorecards</source>
        <translation>Mostrar fichas archivadas</translation>
    </message>
    <message>
        <source>No scorecards yet. Import one from a file, or drop the file here.</source>
        <translation>Todavía no hay fichas. Importe una desde un archivo o arrástrelo aquí.</translation>
    </message>
    <message>
        <source>Import a scorecard…</source>
        <translation>Importar una ficha…</translation>
    </message>
    <message>
        <source>Select a scorecard first.</source>
        <translation>Elija primero una ficha.</translation>
    </message>
    <message>
        <source>Blank scorecard</source>
        <translation>Ficha en blanco</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Import a scorecard</source>
        <translation>Importar una ficha</translation>
    </message>
    <message>
        <source>{name} and the files queued after it were not imported (cancelled). Nothing was changed.</source>
        <translation>{name} y los archivos en cola tras él no se importaron (cancelado). No cambió nada.</translation>
    </message>
    <message>
        <source>{name} was not imported (cancelled). Nothing was changed.</source>
        <translation>{name} no se importó (cancelado). No cambió nada.</translation>
    </message>
    <message>
        <source>Import the new version?</source>
        <translation>¿Importar la nueva versión?</translation>
    </message>
    <message>
        <source>{name} is a new version of “{card}”. {consequences}

Import it?</source>
        <translation>{name} es una nueva versión de «{card}». {consequences}

¿Importarla?</translation>
    </message>
    <message>
        <source>{name} was not imported. Nothing was changed.</source>
        <translation>{name} no se ha importado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{name} was not imported.</source>
        <translation>{name} no se ha importado.</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Importación fallida</translation>
    </message>
    <message>
        <source>{name} was read but could not be stored. Nothing was changed.</source>
        <translation>{name} se ha leído, pero no se ha podido guardar. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>{name} was read but is not stored yet: the data file cannot be written just now (see the status bar). FieldRide stores it when it can.</source>
        <translation>{name} se ha leído, pero aún no está guardado: ahora mismo no se puede escribir en el archivo de datos (vea la barra de estado). FieldRide lo guardará en cuanto pueda.</translation>
    </message>
    <message>
        <source>{name}: {result} {notes}</source>
        <translation>{name}: {result} {notes}</translation>
    </message>
    <message>
        <source>scorecard imported</source>
        <translation>ficha importada</translation>
    </message>
    <message>
        <source>{name} was not imported</source>
        <translation>{name} no se ha importado</translation>
    </message>
    <message numerus="yes">
        <source>{name} was not imported: %n problem(s) to fix (listed below). Nothing was changed.</source>
        <translation>
            <numerusform>{name} no se ha importado: hay %n problema que corregir (ver abajo). No se ha cambiado nada.</numerusform>
            <numerusform>{name} no se ha importado: hay %n problemas que corregir (ver abajo). No se ha cambiado nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} could not be read because of an unexpected error. Nothing was changed.</source>
        <translation>{name} no se ha podido leer por un error inesperado. No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Drop to import.</source>
        <translation>Suelte para importar.</translation>
    </message>
    <message>
        <source>Export scorecard</source>
        <translation>Exportar ficha</translation>
    </message>
    <message>
        <source>{name}, version {version}, exported from FieldRide</source>
        <translation>{name}, versión {version}, exportada desde FieldRide</translation>
    </message>
    <message>
        <source>Exporting to {name}…</source>
        <translation>Exportando a {name}…</translation>
    </message>
    <message>
        <source>Exported “{name}” version {version} to {path}.</source>
        <translation>«{name}» versión {version} exportada a {path}.</translation>
    </message>
    <message>
        <source>Export to {name} failed.</source>
        <translation>La exportación a {name} ha fallado.</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exportación fallida</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}. Choose another folder.</source>
        <translation>No se ha podido escribir {path}: {reason}. Elija otra carpeta.</translation>
    </message>
    <message>
        <source>Created “{name}” (key {key}). Export it, edit the file, and import it again to change it.</source>
        <translation>Creada «{name}» (clave {key}). Para cambiarla, expórtela, edite el archivo y vuelva a importarlo.</translation>
    </message>
    <message>
        <source>scorecard duplicated</source>
        <translation>ficha duplicada</translation>
    </message>
    <message>
        <source>Archive scorecard</source>
        <translation>Archivar ficha</translation>
    </message>
    <message>
        <source>Archive “{name}”? It is hidden when planning rides; past rides keep it. You can restore it with “Show archived scorecards”.</source>
        <translation>¿Archivar «{name}»? Dejará de ofrecerse al planificar acompañamientos; los acompañamientos pasados la conservan. Puede restaurarla con «Mostrar fichas archivadas».</translation>
    </message>
    <message>
        <source>“{name}” restored.</source>
        <translation>«{name}» restaurada.</translation>
    </message>
    <message>
        <source>scorecard restored</source>
        <translation>ficha restaurada</translation>
    </message>
    <message>
        <source>“{name}” archived.</source>
        <translation>«{name}» archivada.</translation>
    </message>
    <message>
        <source>scorecard archived</source>
        <translation>ficha archivada</translation>
    </message>
</context>
<context>
    <name>SearchScreen</name>
    <message>
        <source>PRIVATE</source>
        <translation>PRIVADO</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Búsqueda</translation>
    </message>
    <message>
        <source>Search text</source>
        <translation>Texto de búsqueda</translation>
    </message>
    <message>
        <source>Search evidence, notes, debriefs, commitments — &quot;a phrase&quot;, word*, -word</source>
        <translation>Buscar en evidencias, notas, feedback y compromisos: &quot;una frase&quot;, palabra*, -palabra</translation>
    </message>
    <message>
        <source>Seller filter</source>
        <translation>Filtro de comercial</translation>
    </message>
    <message>
        <source>Include my private notes</source>
        <translation>Incluir mis notas privadas</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>Type a word from your evidence, notes or commitments.</source>
        <translation>Escriba una palabra de sus evidencias, notas o compromisos.</translation>
    </message>
    <message>
        <source>All sellers</source>
        <translation>Todos los comerciales</translation>
    </message>
    <message>
        <source>{seller}, {day}, {where}: {text}</source>
        <translation>{seller}, {day}, {where}: {text}</translation>
    </message>
    <message>
        <source>No results.</source>
        <translation>Sin resultados.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s) (the newest; narrow the search to see older ones)</source>
        <translation>
            <numerusform>%n resultado (los más recientes; acote la búsqueda para ver los anteriores)</numerusform>
            <numerusform>%n resultados (los más recientes; acote la búsqueda para ver los anteriores)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n resultado</numerusform>
            <numerusform>%n resultados</numerusform>
        </translation>
    </message>
    <message>
        <source>A word of one or two letters finds only itself: type a third letter to find the words that start with it.</source>
        <translation>Una palabra de una o dos letras solo se encuentra a sí misma: escriba una tercera letra para encontrar las palabras que empiezan así.</translation>
    </message>
</context>
<context>
    <name>SelfRatingPage</name>
    <message>
        <source>Before you talk the ride through with your manager: how did you do? Rate each behaviour for the whole ride, or choose No opportunity when your calls gave no chance to show it. Click a level, or type its number (N for no opportunity); Tab and the arrow keys move between behaviours. Your manager will see your ratings beside theirs in the debrief.</source>
        <translation>Antes de comentar el acompañamiento con tu responsable: ¿cómo te fue? Valora cada comportamiento para todo el acompañamiento, o elige Sin ocasión cuando tus interacciones no dieron oportunidad de mostrarlo. Haz clic en un nivel o escribe su número (N para sin ocasión); Tab y las flechas pasan de un comportamiento a otro. Tu responsable verá tus valoraciones junto a las suyas en el feedback.</translation>
    </message>
    <message>
        <source>Your calls on this ride</source>
        <translation>Tus interacciones en este acompañamiento</translation>
    </message>
    <message>
        <source>How many behaviours you rated</source>
        <translation>Cuántos comportamientos has valorado</translation>
    </message>
    <message>
        <source>I&apos;m done: give the laptop back to the manager</source>
        <translation>He terminado: devolver el portátil al responsable</translation>
    </message>
    <message>
        <source>Rate your own ride · {seller} · {date} · {kind}</source>
        <translation>Valora tu acompañamiento · {seller} · {date} · {kind}</translation>
    </message>
    <message>
        <source>Call {number}: {title}</source>
        <translation>Interacción {number}: {title}</translation>
    </message>
    <message>
        <source>Your calls on this ride: {calls}</source>
        <translation>Tus interacciones en este acompañamiento: {calls}</translation>
    </message>
    <message>
        <source>This ride is acknowledged: your ratings can no longer change.</source>
        <translation>Este acompañamiento está confirmado: tus valoraciones ya no pueden cambiar.</translation>
    </message>
    <message>
        <source>{done} of {total} behaviours rated. Each one is saved as you go.</source>
        <translation>{done} de {total} comportamientos valorados. Cada uno se guarda al momento.</translation>
    </message>
    <message>
        <source>Rating not saved</source>
        <translation>Valoración sin guardar</translation>
    </message>
</context>
<context>
    <name>SelfRatingRow</name>
    <message>
        <source>No opportunity</source>
        <translation>Sin ocasión</translation>
    </message>
    <message>
        <source>{title}: not rated yet</source>
        <translation>{title}: aún sin valorar</translation>
    </message>
    <message>
        <source>{title}: no opportunity</source>
        <translation>{title}: sin ocasión</translation>
    </message>
    <message>
        <source>{title}: you rated it {level}, {label}</source>
        <translation>{title}: lo valoraste con {level}, {label}</translation>
    </message>
</context>
<context>
    <name>SelfVsManagerPanel</name>
    <message>
        <source>The seller&apos;s own view</source>
        <translation>La visión del/de la comercial</translation>
    </message>
    <message>
        <source>Paper self-assess&amp;ment…</source>
        <translation>Autoevaluación en &amp;papel…</translation>
    </message>
    <message>
        <source>Type in the self-assessment the seller wrote on a printed scorecard</source>
        <translation>Transcribir la autoevaluación que el/la comercial escribió en una ficha impresa</translation>
    </message>
    <message>
        <source>The seller&apos;s ratings beside yours</source>
        <translation>Las valoraciones del/de la comercial junto a las suyas</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Gap</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>The seller has not rated this ride. Before the debrief, hand them the laptop (Seller rates the ride…), or type in their paper sheet.</source>
        <translation>El/la comercial no ha valorado este acompañamiento. Antes del feedback, pásele el portátil (El/la comercial valora el acompañamiento…) o transcriba su hoja en papel.</translation>
    </message>
    <message>
        <source>The seller has not rated this ride. If they filled in a paper sheet, type it in (Paper self-assessment…).</source>
        <translation>El/la comercial no ha valorado este acompañamiento. Si rellenó una hoja en papel, transcríbala (Autoevaluación en papel…).</translation>
    </message>
    <message>
        <source>The seller did not rate this ride.</source>
        <translation>El/la comercial no valoró este acompañamiento.</translation>
    </message>
    <message>
        <source>Gap: the seller&apos;s level minus yours (the mean of your call ratings). ✎ typed in from the seller&apos;s paper sheet.</source>
        <translation>Diferencia: el nivel del/de la comercial menos el suyo (la media de sus valoraciones por interacción). ✎ transcrito de la hoja en papel del/de la comercial.</translation>
    </message>
    <message>
        <source>Gap: the seller&apos;s level minus yours (the mean of your call ratings).</source>
        <translation>Diferencia: el nivel del/de la comercial menos el suyo (la media de sus valoraciones por interacción).</translation>
    </message>
    <message>
        <source>Entered from the seller&apos;s paper sheet</source>
        <translation>Introducido desde la hoja en papel del/de la comercial</translation>
    </message>
    <message>
        <source>{title}: seller {seller}, manager {manager}, gap {gap}</source>
        <translation>{title}: comercial {seller}, responsable {manager}, diferencia {gap}</translation>
    </message>
    <message>
        <source>paper self-assessment saved</source>
        <translation>autoevaluación en papel guardada</translation>
    </message>
</context>
<context>
    <name>SellerDialog</name>
    <message>
        <source>Edit seller</source>
        <translation>Editar comercial</translation>
    </message>
    <message>
        <source>Add seller</source>
        <translation>Añadir comercial</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Territory</source>
        <translation>Zona</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Idioma de los documentos</translation>
    </message>
    <message>
        <source>As the app (your language)</source>
        <translation>Como la aplicación (su idioma)</translation>
    </message>
    <message>
        <source>The coaching summary and other documents for this seller are in this language.</source>
        <translation>El resumen de coaching y los demás documentos para esta persona se crean en este idioma.</translation>
    </message>
    <message>
        <source>Handout &amp;language</source>
        <translation>&amp;Idioma de los documentos</translation>
    </message>
</context>
<context>
    <name>SellerProfileScreen</name>
    <message>
        <source>not enough rides</source>
        <translation>pocos acompañamientos</translation>
    </message>
    <message>
        <source>{change} (so far)</source>
        <translation>{change} (hasta ahora)</translation>
    </message>
    <message>
        <source>Follow-through: nothing verified yet</source>
        <translation>Grado de cumplimiento: aún nada comprobado</translation>
    </message>
    <message>
        <source>Follow-through: {percent}% ({applied} of {verified} applied)</source>
        <translation>Grado de cumplimiento: {percent} % ({applied} de {verified} aplicados)</translation>
    </message>
    <message>
        <source>{level} on {day}</source>
        <translation>{level} el {day}</translation>
    </message>
    <message>
        <source>{level} ({rides})</source>
        <translation>{level} ({rides})</translation>
    </message>
    <message>
        <source>{training}, {day}</source>
        <translation>{training}, {day}</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Recuperado</translation>
    </message>
    <message>
        <source>Still below</source>
        <translation>Todavía por debajo</translation>
    </message>
    <message>
        <source>Training: {title}</source>
        <translation>Formación: {title}</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Últimos 12 meses</translation>
    </message>
    <message>
        <source>Last 2 years</source>
        <translation>Últimos 2 años</translation>
    </message>
    <message>
        <source>Last 5 years</source>
        <translation>Últimos 5 años</translation>
    </message>
    <message>
        <source>Whole history</source>
        <translation>Todo el historial</translation>
    </message>
    <message>
        <source>Seller progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Comercial</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>Record training…</source>
        <translation>Registrar formación…</translation>
    </message>
    <message>
        <source>Record training</source>
        <translation>Registrar formación</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Periodo</translation>
    </message>
    <message>
        <source>Progress summary</source>
        <translation>Resumen del progreso</translation>
    </message>
    <message>
        <source>Rides shown</source>
        <translation>Acompañamientos mostrados</translation>
    </message>
    <message>
        <source>Show the whole history</source>
        <translation>Mostrar todo el historial</translation>
    </message>
    <message>
        <source>development report</source>
        <translation>informe de desarrollo</translation>
    </message>
    <message>
        <source>This seller&apos;s development report: rides, trends, commitments and trainings, for a one-on-one</source>
        <translation>El informe de desarrollo de este comercial: acompañamientos, tendencias, compromisos y formaciones, para una reunión individual</translation>
    </message>
    <message>
        <source>&amp;Review with the seller…</source>
        <translation>&amp;Revisar con el/la comercial…</translation>
    </message>
    <message>
        <source>Review with the seller</source>
        <translation>Revisar con el/la comercial</translation>
    </message>
    <message>
        <source>Hand the laptop to the seller for a one-on-one: the window shows only their own trends, commitments and summaries, until you take it back</source>
        <translation>Pasar el portátil al/a la comercial para una reunión individual: la ventana muestra solo su evolución, sus compromisos y sus resúmenes, hasta que usted lo recupere</translation>
    </message>
    <message>
        <source>◆ focus ride · ○ other ride · dotted line: not rated on the rides between · no line: not in that scorecard version · T: training on this behaviour</source>
        <translation>◆ acompañamiento con foco · ○ otro acompañamiento · punteado: sin valorar en los acompañamientos intermedios · sin línea: no está en esa versión de la ficha · F: formación sobre este comportamiento</translation>
    </message>
    <message>
        <source>Choose a seller. Their rides, trends and trainings show here.</source>
        <translation>Elija un comercial. Aquí aparecen sus acompañamientos, tendencias y formaciones.</translation>
    </message>
    <message>
        <source>Behaviour trends</source>
        <translation>Tendencias por comportamiento</translation>
    </message>
    <message>
        <source>No training recorded for this seller.</source>
        <translation>No hay formaciones registradas para este comercial.</translation>
    </message>
    <message>
        <source>Training before and after</source>
        <translation>Formación: antes y después</translation>
    </message>
    <message>
        <source>No regressions: what was applied has held.</source>
        <translation>Sin retrocesos: lo aplicado se ha mantenido.</translation>
    </message>
    <message>
        <source>Regressions</source>
        <translation>Retrocesos</translation>
    </message>
    <message>
        <source>No rides yet.</source>
        <translation>Todavía no hay acompañamientos.</translation>
    </message>
    <message>
        <source>Timeline of rides and trainings</source>
        <translation>Cronología de acompañamientos y formaciones</translation>
    </message>
    <message>
        <source>No self-assessment yet.</source>
        <translation>Todavía no hay autoevaluación.</translation>
    </message>
    <message>
        <source>Self-assessment against yours</source>
        <translation>Autoevaluación frente a la suya</translation>
    </message>
    <message>
        <source>Self-assessment: the seller&apos;s level minus yours, per ride</source>
        <translation>Autoevaluación: nivel del comercial menos el suyo, por acompañamiento</translation>
    </message>
    <message>
        <source>Training → execution: mean level 90 days before / after (rides)</source>
        <translation>Formación → ejecución: nivel medio 90 días antes / después (acompañamientos)</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Cronología</translation>
    </message>
    <message>
        <source>Cannot show this seller</source>
        <translation>No se puede mostrar este comercial</translation>
    </message>
    <message>
        <source>Choose a seller first.</source>
        <translation>Elija primero un comercial.</translation>
    </message>
    <message>
        <source>Development report</source>
        <translation>Informe de desarrollo</translation>
    </message>
    <message>
        <source>Regressions ({count}, {still} still below)</source>
        <translation>Retrocesos ({count}, {still} todavía por debajo)</translation>
    </message>
    <message>
        <source>no ride yet</source>
        <translation>aún sin acompañamiento</translation>
    </message>
    <message>
        <source>last ride today</source>
        <translation>último acompañamiento hoy</translation>
    </message>
    <message numerus="yes">
        <source>last ride %n day(s) ago — ride due</source>
        <translation>
            <numerusform>último acompañamiento hace %n día — acompañamiento pendiente</numerusform>
            <numerusform>último acompañamiento hace %n días — acompañamiento pendiente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last ride %n day(s) ago</source>
        <translation>
            <numerusform>último acompañamiento hace %n día</numerusform>
            <numerusform>último acompañamiento hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{seller} ({team})</source>
        <translation>{seller} ({team})</translation>
    </message>
    <message numerus="yes">
        <source>%n ride(s)</source>
        <translation>
            <numerusform>%n acompañamiento</numerusform>
            <numerusform>%n acompañamientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Regressions: {count} ({still} still below)</source>
        <translation>Retrocesos: {count} ({still} todavía por debajo)</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue commitment(s)</source>
        <translation>
            <numerusform>%n compromiso vencido</numerusform>
            <numerusform>%n compromisos vencidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Whole history: %n ride(s) shown</source>
        <translation>
            <numerusform>Todo el historial: %n acompañamiento mostrado</numerusform>
            <numerusform>Todo el historial: %n acompañamientos mostrados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{period} (since {day}): {shown} of %n ride(s) shown</source>
        <translation>
            <numerusform>{period} (desde {day}): se muestran {shown} de %n acompañamiento</numerusform>
            <numerusform>{period} (desde {day}): se muestran {shown} de %n acompañamientos</numerusform>
        </translation>
    </message>
    <message>
        <source>training recorded</source>
        <translation>formación registrada</translation>
    </message>
</context>
<context>
    <name>SellerReviewSession</name>
    <message>
        <source>Still open</source>
        <translation>Aún abierto</translation>
    </message>
    <message>
        <source>Open, past its date</source>
        <translation>Abierto, fuera de plazo</translation>
    </message>
    <message>
        <source>Not applied when checked</source>
        <translation>No aplicado al revisarlo</translation>
    </message>
    <message>
        <source>Applied, and it has held</source>
        <translation>Aplicado, y se ha mantenido</translation>
    </message>
    <message>
        <source>Applied, then slipped back</source>
        <translation>Aplicado, luego retrocedió</translation>
    </message>
    <message>
        <source>Applied, slipped back, now back up</source>
        <translation>Aplicado, retrocedió y ahora se ha recuperado</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicado</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>No opportunity</source>
        <translation>Sin ocasión</translation>
    </message>
    <message>
        <source>{outcome} on {day}</source>
        <translation>{outcome} el {day}</translation>
    </message>
    <message>
        <source>Not checked yet</source>
        <translation>Aún sin revisar</translation>
    </message>
    <message>
        <source>Agreed on</source>
        <translation>Acordado el</translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation>Comportamiento</translation>
    </message>
    <message>
        <source>Commitment</source>
        <translation>Compromiso</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>Checked</source>
        <translation>Revisado</translation>
    </message>
    <message>
        <source>How it held</source>
        <translation>Cómo se ha mantenido</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Ficha</translation>
    </message>
    <message>
        <source>Acknowledged</source>
        <translation>Confirmado</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Give the laptop back to the manager</source>
        <translation>Devolver el portátil al responsable</translation>
    </message>
    <message>
        <source>This is your own record: how each behaviour has gone ride by ride, the commitments you made and how they held, and the summaries you were given.</source>
        <translation>Este es tu propio registro: cómo ha ido cada comportamiento acompañamiento tras acompañamiento, tus compromisos y cómo se han mantenido, y los resúmenes que recibiste.</translation>
    </message>
    <message>
        <source>Your &amp;trends</source>
        <translation>Tu &amp;evolución</translation>
    </message>
    <message>
        <source>No commitments yet.</source>
        <translation>Aún no hay compromisos.</translation>
    </message>
    <message>
        <source>Your commitments</source>
        <translation>Tus compromisos</translation>
    </message>
    <message>
        <source>Your &amp;commitments</source>
        <translation>Tus &amp;compromisos</translation>
    </message>
    <message>
        <source>Your &amp;summaries</source>
        <translation>Tus &amp;resúmenes</translation>
    </message>
    <message>
        <source>Your trends</source>
        <translation>Tu evolución</translation>
    </message>
    <message>
        <source>No finished rides yet.</source>
        <translation>Aún no hay acompañamientos terminados.</translation>
    </message>
    <message>
        <source>Your rides</source>
        <translation>Tus acompañamientos</translation>
    </message>
    <message>
        <source>The summary of the chosen ride</source>
        <translation>El resumen del acompañamiento elegido</translation>
    </message>
    <message>
        <source>Your progress, {seller}</source>
        <translation>Tu progreso, {seller}</translation>
    </message>
    <message>
        <source>Scorecard: {scorecard}. One point per ride: your average level on that ride; ◆ a behaviour you focused on.</source>
        <translation>Ficha: {scorecard}. Un punto por acompañamiento: tu nivel medio en él; ◆ un comportamiento prioritario.</translation>
    </message>
    <message>
        <source>No rides yet.</source>
        <translation>Aún no hay acompañamientos.</translation>
    </message>
</context>
<context>
    <name>SellerView</name>
    <message>
        <source>Give the laptop back to the manager</source>
        <translation>Devolver el portátil al responsable</translation>
    </message>
    <message>
        <source>Your acknowledgement is kept but not saved yet: the computer cannot write it just now. FieldRide saves it as soon as it can.</source>
        <translation>Su confirmación se conserva, pero aún no está guardada: el ordenador no puede escribirla ahora mismo. FieldRide la guardará en cuanto pueda.</translation>
    </message>
    <message>
        <source>Your coaching summary</source>
        <translation>Tu resumen de coaching</translation>
    </message>
    <message>
        <source>Your acknowledgement</source>
        <translation>Tu confirmación</translation>
    </message>
    <message>
        <source>Read the summary on the left: it is what your handout will say. By typing your name you confirm that you went through this debrief with your manager. The ride is then locked.</source>
        <translation>Lee el resumen de la izquierda: es lo que dirá tu copia impresa. Al escribir tu nombre confirmas que repasaste este feedback con tu responsable. El acompañamiento queda entonces bloqueado.</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Tu nombre</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Tu &amp;nombre</translation>
    </message>
    <message>
        <source>Acknowledgement date</source>
        <translation>Fecha de la confirmación</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Your comment (optional)</source>
        <translation>Tu comentario (opcional)</translation>
    </message>
    <message>
        <source>&amp;Comment (optional)</source>
        <translation>&amp;Comentario (opcional)</translation>
    </message>
    <message>
        <source>Acknowledgement message</source>
        <translation>Mensaje de la confirmación</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Acknowledge the debrief</source>
        <translation>Confirmar el feedback</translation>
    </message>
    <message>
        <source>Already acknowledged.</source>
        <translation>Ya confirmado.</translation>
    </message>
    <message>
        <source>Type your name as it is written on the summary.</source>
        <translation>Escribe tu nombre tal como aparece en el resumen.</translation>
    </message>
    <message>
        <source>Not acknowledged</source>
        <translation>Sin confirmar</translation>
    </message>
    <message>
        <source>Thank you. Please give the laptop back to the manager.</source>
        <translation>Gracias. Devuelve el portátil al responsable, por favor.</translation>
    </message>
    <message>
        <source>Thank you. Your handout carries the code {code}: it shows that the ride is what you acknowledged. Please give the laptop back to the manager.</source>
        <translation>Gracias. Tu resumen lleva el código {code}: muestra que el acompañamiento es lo que confirmaste. Devuelve el portátil al responsable, por favor.</translation>
    </message>
</context>
<context>
    <name>SellersScreen</name>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Sellers</source>
        <translation>Comerciales</translation>
    </message>
    <message>
        <source>Filter sellers</source>
        <translation>Filtrar comerciales</translation>
    </message>
    <message>
        <source>Show archived</source>
        <translation>Mostrar archivados</translation>
    </message>
    <message>
        <source>&amp;Add seller…</source>
        <translation>&amp;Añadir comercial…</translation>
    </message>
    <message>
        <source>Add seller</source>
        <translation>Añadir comercial</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Edit seller</source>
        <translation>Editar comercial</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <source>Archive or restore seller</source>
        <translation>Archivar o recuperar comercial</translation>
    </message>
    <message>
        <source>Import roster…</source>
        <translation>Importar lista del equipo…</translation>
    </message>
    <message>
        <source>Import a roster from CSV or XLSX</source>
        <translation>Importar una lista del equipo desde CSV o XLSX</translation>
    </message>
    <message>
        <source>Import a roster (CSV or Excel). You can also drop the file on this screen.</source>
        <translation>Importar una lista del equipo (CSV o Excel). También puede soltar el archivo en esta pantalla.</translation>
    </message>
    <message>
        <source>Plan a ride…</source>
        <translation>Planificar acompañamiento…</translation>
    </message>
    <message>
        <source>Plan a ride with the selected seller</source>
        <translation>Planificar un acompañamiento con el/la comercial seleccionado/a</translation>
    </message>
    <message>
        <source>Progress…</source>
        <translation>Progreso…</translation>
    </message>
    <message>
        <source>Show the selected seller&apos;s progress</source>
        <translation>Mostrar el progreso del/de la comercial seleccionado/a</translation>
    </message>
    <message>
        <source>No sellers yet. Add the people you coach, or import a roster (CSV or XLSX).</source>
        <translation>Todavía no hay comerciales. Añada a las personas a las que acompaña o importe una lista del equipo (CSV o XLSX).</translation>
    </message>
    <message>
        <source>Add seller…</source>
        <translation>Añadir comercial…</translation>
    </message>
    <message>
        <source>Seller not saved</source>
        <translation>Comercial no guardado/a</translation>
    </message>
    <message>
        <source>seller</source>
        <translation>comercial</translation>
    </message>
    <message>
        <source>{name} ({details})</source>
        <translation>{name} ({details})</translation>
    </message>
    <message>
        <source>{name} ({details}, archived)</source>
        <translation>{name} ({details}, archivado/a)</translation>
    </message>
    <message>
        <source>no email, territory or team</source>
        <translation>sin correo, zona ni equipo</translation>
    </message>
    <message>
        <source>Same name</source>
        <translation>Mismo nombre</translation>
    </message>
    <message numerus="yes">
        <source>There is already %n seller(s) with this name: {who}.

Save anyway? Give each an email or territory so they can be told apart when planning.</source>
        <translation>
            <numerusform>Ya hay %n comercial con este nombre: {who}.

¿Guardar de todos modos? Dé a cada uno un correo o una zona para distinguirlos al planificar.</numerusform>
            <numerusform>Ya hay %n comerciales con este nombre: {who}.

¿Guardar de todos modos? Dé a cada uno un correo o una zona para distinguirlos al planificar.</numerusform>
        </translation>
    </message>
    <message>
        <source>seller archived</source>
        <translation>comercial archivado/a</translation>
    </message>
    <message>
        <source>seller restored</source>
        <translation>comercial restaurado/a</translation>
    </message>
    <message>
        <source>Seller not changed</source>
        <translation>Comercial sin cambios</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Importar una lista del equipo</translation>
    </message>
    <message>
        <source>Importing a roster</source>
        <translation>Importando una lista del equipo</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>Leyendo {name}…</translation>
    </message>
    <message>
        <source>One roster at a time</source>
        <translation>Una lista cada vez</translation>
    </message>
    <message>
        <source>Drop one roster file at a time: {count} files were dropped.</source>
        <translation>Suelte una lista cada vez: se soltaron {count} archivos.</translation>
    </message>
    <message>
        <source>Roster not imported</source>
        <translation>Lista del equipo no importada</translation>
    </message>
    <message>
        <source>{file}: {error}</source>
        <translation>{file}: {error}</translation>
    </message>
    <message>
        <source>{file} could not be read: {error}.</source>
        <translation>No se pudo leer {file}: {error}.</translation>
    </message>
    <message>
        <source>{name} could not be read because of an unexpected error. Nothing was changed.</source>
        <translation>No se pudo leer {name} por un error inesperado. No cambió nada.</translation>
    </message>
    <message>
        <source>roster imported</source>
        <translation>lista del equipo importada</translation>
    </message>
    <message>
        <source>Roster imported</source>
        <translation>Lista del equipo importada</translation>
    </message>
    <message>
        <source>{name} was not imported</source>
        <translation>{name} no se ha importado</translation>
    </message>
    <message>
        <source>ride planned</source>
        <translation>acompañamiento planificado</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>process {pid} on computer &apos;{host}&apos;</source>
        <translation>proceso {pid} en el ordenador «{host}»</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>otro proceso</translation>
    </message>
    <message>
        <source>FieldRide is already running with the data folder {folder} ({holder}), but it does not answer. Only one FieldRide may write to a data folder at a time, so this one will close without touching your data.

If FieldRide is frozen, close it (or end process {pid}) and start it again. If the folder is shared with another computer, close FieldRide there first.</source>
        <translation>FieldRide ya está en marcha con la carpeta de datos {folder} ({holder}), pero no responde. Solo un FieldRide puede escribir a la vez en una carpeta de datos, así que este se cerrará sin tocar sus datos.

Si FieldRide está bloqueado, ciérrelo (o termine el proceso {pid}) y vuelva a iniciarlo. Si la carpeta se comparte con otro ordenador, cierre primero FieldRide allí.</translation>
    </message>
    <message>
        <source>FieldRide cannot start with the data folder {folder}. The disk that holds it is full, so FieldRide cannot write the small lock file that keeps a second FieldRide from writing at the same time.</source>
        <translation>FieldRide no puede iniciarse con la carpeta de datos {folder}. El disco que la contiene está lleno, así que FieldRide no puede escribir el pequeño archivo de bloqueo que impide que un segundo FieldRide escriba a la vez.</translation>
    </message>
    <message>
        <source>Nothing was changed. Free some space on that disk, then start FieldRide again: your data is still there.</source>
        <translation>No se ha cambiado nada. Libere espacio en ese disco y vuelva a iniciar FieldRide: sus datos siguen ahí.</translation>
    </message>
    <message>
        <source>FieldRide cannot start with the data folder {folder}. The folder or its disk cannot be written (it may be full or read-only), so FieldRide cannot write the small lock file that keeps a second FieldRide from writing at the same time.</source>
        <translation>FieldRide no puede iniciarse con la carpeta de datos {folder}. No se puede escribir en la carpeta o en su disco (puede estar lleno o ser de solo lectura), así que FieldRide no puede escribir el pequeño archivo de bloqueo que impide que un segundo FieldRide escriba a la vez.</translation>
    </message>
    <message>
        <source>Nothing was changed. Free some space or check the folder, then start FieldRide again: your data is still there.</source>
        <translation>No se ha cambiado nada. Libere espacio o revise la carpeta y vuelva a iniciar FieldRide: sus datos siguen ahí.</translation>
    </message>
    <message>
        <source>The FieldRide that used this folder before (process {pid}) has ended; it is not running.</source>
        <translation>El FieldRide que usaba antes esta carpeta (proceso {pid}) ha terminado; no está en marcha.</translation>
    </message>
    <message>
        <source>FieldRide is already open with the data folder {folder}: its window was brought forward.</source>
        <translation>FieldRide ya está abierto con la carpeta de datos {folder}: se ha traído su ventana al frente.</translation>
    </message>
</context>
<context>
    <name>StrengthGapPanel</name>
    <message>
        <source>Proposed by FieldRide — {reason} Change it freely.</source>
        <translation>Propuesta de FieldRide: {reason} Cámbiela libremente.</translation>
    </message>
    <message>
        <source>Strength not saved</source>
        <translation>Fortaleza no guardada</translation>
    </message>
    <message>
        <source>Gap not saved</source>
        <translation>Área de mejora no guardada</translation>
    </message>
    <message>
        <source>Questions not offered</source>
        <translation>Preguntas no propuestas</translation>
    </message>
    <message>
        <source>proposed strength and gap</source>
        <translation>fortaleza y área de mejora propuestas</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>fortaleza</translation>
    </message>
    <message>
        <source>gap</source>
        <translation>área de mejora</translation>
    </message>
</context>
<context>
    <name>TeamDialog</name>
    <message>
        <source>Required, server certificate checked</source>
        <translation>Obligatorio, con comprobación del certificado</translation>
    </message>
    <message>
        <source>Required, certificate not checked</source>
        <translation>Obligatorio, sin comprobar el certificado</translation>
    </message>
    <message>
        <source>Used if the server offers it</source>
        <translation>Se usa si el servidor lo ofrece</translation>
    </message>
    <message>
        <source>Not used (this computer or a trusted network only)</source>
        <translation>No se usa (solo este ordenador o una red de confianza)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Team status</source>
        <translation>Estado del equipo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Your team&apos;s admin gives you the server&apos;s address, your role name and a password. Nothing connects until you join. The password is kept in the system keyring, or in a file only you can read when there is none; never in the data file.</source>
        <translation>La administración de su equipo le da la dirección del servidor, su nombre de rol y una contraseña. No se conecta nada hasta unirse. La contraseña se guarda en el llavero del sistema, o, si no hay, en un archivo que solo usted puede leer; nunca en el archivo de datos.</translation>
    </message>
    <message>
        <source>db.example.org or db.example.org:5432</source>
        <translation>db.example.org o db.example.org:5432</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <source>&amp;Role name:</source>
        <translation>Nombre de &amp;rol:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>C&amp;ifrado (TLS):</translation>
    </message>
    <message>
        <source>&amp;Join team</source>
        <translation>&amp;Unirse al equipo</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Ca&amp;ncelar</translation>
    </message>
    <message>
        <source>Your team</source>
        <translation>Su equipo</translation>
    </message>
    <message>
        <source>&amp;Sync now…</source>
        <translation>&amp;Sincronizar ahora…</translation>
    </message>
    <message>
        <source>&amp;Leave team</source>
        <translation>&amp;Salir del equipo</translation>
    </message>
    <message>
        <source>Your password is kept in {path}, readable only by you.</source>
        <translation>Su contraseña se guarda en {path}, legible solo por usted.</translation>
    </message>
    <message>
        <source>Your password is kept in the system keyring (or where PostgreSQL itself looks: ~/.pgpass or a service file).</source>
        <translation>Su contraseña se guarda en el llavero del sistema (o donde la busca el propio PostgreSQL: ~/.pgpass o un archivo de servicio).</translation>
    </message>
    <message>
        <source>Team server: {place}
Signed in as: {role} ({kind})
{kept}
Nothing is sent until you sync.</source>
        <translation>Servidor del equipo: {place}
Conectado como: {role} ({kind})
{kept}
No se envía nada hasta sincronizar.</translation>
    </message>
    <message>
        <source>Fill in the server address, your role name and your password.</source>
        <translation>Rellene la dirección del servidor, su nombre de rol y su contraseña.</translation>
    </message>
    <message>
        <source>Connecting to the team server…</source>
        <translation>Conectando con el servidor del equipo…</translation>
    </message>
    <message>
        <source>Leave team</source>
        <translation>Salir del equipo</translation>
    </message>
    <message>
        <source>Stop syncing with the team server? Your kept password is removed; every ride stays in this data file and on the server.</source>
        <translation>¿Dejar de sincronizar con el servidor del equipo? Se borra la contraseña guardada; todos los acompañamientos siguen en este archivo de datos y en el servidor.</translation>
    </message>
    <message>
        <source>Leaving the team…</source>
        <translation>Saliendo del equipo…</translation>
    </message>
    <message>
        <source>Stopped. Nothing was kept.</source>
        <translation>Detenido. No se guardó nada.</translation>
    </message>
    <message>
        <source>That did not work (see the log).</source>
        <translation>No ha funcionado (ver el registro).</translation>
    </message>
</context>
<context>
    <name>TeamGrid</name>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>Levels: mean on the latest ride where the behaviour was rated — {ramp} · “–” not rated yet · “ride due”: not ridden with in {days} days · Ride score: the latest ride&apos;s score, “w” weighted by the scorecard&apos;s weights. Double-click a seller for their progress.</source>
        <translation>Niveles: media del último acompañamiento en que se valoró el comportamiento — {ramp} · «–» aún sin valorar · «acompañamiento pendiente»: sin acompañamiento en {days} días · Puntuación: la del último acompañamiento, «p» ponderada con los pesos de la ficha. Doble clic en un comercial para ver su progreso.</translation>
    </message>
    <message>
        <source>{score} w</source>
        <translation>{score} p</translation>
    </message>
    <message>
        <source>Never · ride due</source>
        <translation>Nunca · acompañamiento pendiente</translation>
    </message>
    <message>
        <source>{days} d ago · ride due</source>
        <translation>hace {days} d · acompañamiento pendiente</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>{days} d ago</source>
        <translation>hace {days} d</translation>
    </message>
    <message>
        <source>Team grid</source>
        <translation>Tabla del equipo</translation>
    </message>
</context>
<context>
    <name>TeamGridModel</name>
    <message>
        <source>Manager {number}</source>
        <translation>Responsable {number}</translation>
    </message>
    <message>
        <source>{name} (manager {number})</source>
        <translation>{name} (responsable {number})</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>The manager who rode with the seller last</source>
        <translation>El responsable del último acompañamiento de este comercial</translation>
    </message>
    <message>
        <source>{behaviour} (not in the current version)</source>
        <translation>{behaviour} (no está en la versión actual)</translation>
    </message>
    <message>
        <source>{behaviour}: {level}, {label}</source>
        <translation>{behaviour}: {level}, {label}</translation>
    </message>
    <message>
        <source>{seller} · {behaviour}: not rated yet</source>
        <translation>{seller} · {behaviour}: aún sin valorar</translation>
    </message>
    <message numerus="yes">
        <source>{seller} · {behaviour}
{level} ({label}) on the ride of {day}, %n rating(s)</source>
        <translation>
            <numerusform>{seller} · {behaviour}
{level} ({label}) en el acompañamiento del {day}, %n valoración</numerusform>
            <numerusform>{seller} · {behaviour}
{level} ({label}) en el acompañamiento del {day}, %n valoraciones</numerusform>
        </translation>
    </message>
    <message>
        <source>No ride with this seller yet</source>
        <translation>Todavía ningún acompañamiento con este comercial</translation>
    </message>
    <message>
        <source>No ride rated on this scorecard yet</source>
        <translation>Aún no hay acompañamientos valorados con esta ficha</translation>
    </message>
    <message>
        <source>Ride score {score} on the ride of {day}, weighted by the scorecard&apos;s weights. Behaviours rated: {count}.</source>
        <translation>Puntuación {score} en el acompañamiento del {day}, ponderada con los pesos de la ficha. Comportamientos valorados: {count}.</translation>
    </message>
    <message>
        <source>Ride score {score} on the ride of {day}, the plain mean. Behaviours rated: {count}.</source>
        <translation>Puntuación {score} en el acompañamiento del {day}, media simple. Comportamientos valorados: {count}.</translation>
    </message>
    <message>
        <source>Last ride {day}</source>
        <translation>Último acompañamiento {day}</translation>
    </message>
    <message>
        <source>No ride yet</source>
        <translation>Aún sin acompañamiento</translation>
    </message>
</context>
<context>
    <name>TeamSyncDialog</name>
    <message>
        <source>Sync with team</source>
        <translation>Sincronizar con el equipo</translation>
    </message>
    <message>
        <source>Not yet synced</source>
        <translation>Aún no sincronizado</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progreso de la sincronización</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Estado de la sincronización</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizar ahora</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>&amp;Cancelar sincronización</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Everything written here is on the team server.</source>
        <translation>Todo lo escrito aquí está en el servidor del equipo.</translation>
    </message>
    <message>
        <source>Rides not yet synced: {count}.</source>
        <translation>Acompañamientos aún sin sincronizar: {count}.</translation>
    </message>
    <message>
        <source>Connecting to the team server…</source>
        <translation>Conectando con el servidor del equipo…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message>
        <source>{what}: {done} of {total}</source>
        <translation>{what}: {done} de {total}</translation>
    </message>
    <message>
        <source>Sync cancelled. What reached the team server is kept; the rest goes out at the next sync.</source>
        <translation>Sincronización cancelada. Lo que llegó al servidor del equipo se queda; el resto sale en la próxima sincronización.</translation>
    </message>
    <message>
        <source>Synced.</source>
        <translation>Sincronizado.</translation>
    </message>
    <message>
        <source>The sync stopped with an error (see the log).</source>
        <translation>La sincronización se detuvo con un error (ver el registro).</translation>
    </message>
</context>
<context>
    <name>Theme</name>
    <message>
        <source>&amp;High contrast (for sunlight)</source>
        <translation>Alto con&amp;traste (para luz solar)</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Claro</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Oscuro</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>Como el &amp;sistema</translation>
    </message>
</context>
<context>
    <name>TodayScreen</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Add sellers</source>
        <translation>Añadir comerciales</translation>
    </message>
    <message>
        <source>Add the sellers you coach</source>
        <translation>Añadir los comerciales a los que acompaña</translation>
    </message>
    <message>
        <source>Plan a ride…</source>
        <translation>Planificar acompañamiento…</translation>
    </message>
    <message>
        <source>Plan a ride</source>
        <translation>Planificar acompañamiento</translation>
    </message>
    <message>
        <source>Plan a ride ({keys})</source>
        <translation>Planificar acompañamiento ({keys})</translation>
    </message>
    <message>
        <source>Continue ride</source>
        <translation>Continuar acompañamiento</translation>
    </message>
    <message>
        <source>Continue the ride in progress</source>
        <translation>Continuar el acompañamiento en curso</translation>
    </message>
    <message>
        <source>Your day</source>
        <translation>Su día</translation>
    </message>
    <message>
        <source>Planned rides</source>
        <translation>Acompañamientos planificados</translation>
    </message>
    <message>
        <source>No ride is planned. Plan the next ride with a seller from here.</source>
        <translation>No hay acompañamientos planificados. Planifique desde aquí el siguiente con un/a comercial.</translation>
    </message>
    <message>
        <source>pre-ride brief</source>
        <translation>hoja de preparación</translation>
    </message>
    <message>
        <source>One page to read before the ride: focus, look-fors, questions and the commitments to verify (the selected planned ride, else the next one)</source>
        <translation>Una página para leer antes del acompañamiento: prioridad, qué observar, preguntas y compromisos que revisar (el acompañamiento planificado seleccionado o, si no, el siguiente)</translation>
    </message>
    <message>
        <source>Recent rides</source>
        <translation>Acompañamientos recientes</translation>
    </message>
    <message>
        <source>No rides yet. Add the sellers you coach first, then plan a ride.</source>
        <translation>Aún no hay acompañamientos. Añada primero a sus comerciales y después planifique uno.</translation>
    </message>
    <message>
        <source>Ride in progress: {seller}, {day} ({type})</source>
        <translation>Acompañamiento en curso: {seller}, {day} ({type})</translation>
    </message>
    <message numerus="yes">
        <source>Planned, never started, their day passed: %n ride(s). Open one to ride it now, or select it and press Delete to remove it.</source>
        <translation>
            <numerusform>Planificados, sin empezar y con el día ya pasado: %n acompañamiento. Ábralo para hacerlo ahora, o selecciónelo y pulse Supr para quitarlo.</numerusform>
            <numerusform>Planificados, sin empezar y con el día ya pasado: %n acompañamientos. Abra uno para hacerlo ahora, o selecciónelo y pulse Supr para quitarlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rides: {today} today, {week} more in the next 6 days.</source>
        <translation>Acompañamientos: {today} hoy, {week} más en los próximos 6 días.</translation>
    </message>
    <message>
        <source>Commitments: {overdue} overdue, {due} due in the next 7 days.</source>
        <translation>Compromisos: {overdue} vencidos, {due} vencen en los próximos 7 días.</translation>
    </message>
    <message numerus="yes">
        <source>{names} and %n more</source>
        <translation>
            <numerusform>{names} y %n más</numerusform>
            <numerusform>{names} y %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due a ride (%n seller(s) not ridden with in {days} days, none planned): {names}.</source>
        <translation>
            <numerusform>Acompañamiento pendiente (%n comercial sin acompañar en {days} días, ninguno planificado): {names}.</numerusform>
            <numerusform>Acompañamiento pendiente (%n comerciales sin acompañar en {days} días, ninguno planificado): {names}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No sellers yet. Add the sellers you coach, then plan a ride.</source>
        <translation>Aún no hay comerciales. Añada a quienes acompaña y después planifique un acompañamiento.</translation>
    </message>
    <message>
        <source>No ride taken yet. Open a planned ride above to start it.</source>
        <translation>Aún no se ha hecho ningún acompañamiento. Abra uno planificado arriba para empezar.</translation>
    </message>
    <message>
        <source>No ride taken yet. Plan a ride to start coaching.</source>
        <translation>Aún no se ha hecho ningún acompañamiento. Planifique uno para empezar a hacer coaching.</translation>
    </message>
    <message>
        <source>Ride planned for a later day</source>
        <translation>Acompañamiento planificado para otro día</translation>
    </message>
    <message>
        <source>Ride planned for a day that has passed</source>
        <translation>Acompañamiento planificado para un día que ya pasó</translation>
    </message>
    <message>
        <source>This ride with {seller} is planned for {planned}.

Move its date to today, {today}? Choose No to keep {planned}.</source>
        <translation>Este acompañamiento con {seller} está planificado para el {planned}.

¿Pasarlo a hoy, {today}? Elija No para mantener el {planned}.</translation>
    </message>
    <message>
        <source>This ride with {seller} was planned for {planned} and never started.

Move its date to today, {today}? Choose No to keep {planned}.</source>
        <translation>Este acompañamiento con {seller} estaba planificado para el {planned} y no se llegó a empezar.

¿Cambiar su fecha a hoy, {today}? Elija No para mantener el {planned}.</translation>
    </message>
    <message>
        <source>ride moved to {day}</source>
        <translation>acompañamiento pasado al {day}</translation>
    </message>
    <message>
        <source>Open ride</source>
        <translation>Abrir acompañamiento</translation>
    </message>
    <message>
        <source>Remove planned ride…</source>
        <translation>Quitar acompañamiento planificado…</translation>
    </message>
    <message>
        <source>Remove planned ride</source>
        <translation>Quitar acompañamiento planificado</translation>
    </message>
    <message>
        <source>Remove the ride with {seller} planned for {day}? Nothing was observed on it yet.</source>
        <translation>¿Quitar el acompañamiento con {seller} planificado para el {day}? Todavía no se ha observado nada en él.</translation>
    </message>
    <message>
        <source>planned ride removed</source>
        <translation>acompañamiento planificado quitado</translation>
    </message>
    <message>
        <source>Ride not removed</source>
        <translation>Acompañamiento no quitado</translation>
    </message>
    <message>
        <source>for {seller}, {day}</source>
        <translation>para {seller}, {day}</translation>
    </message>
    <message>
        <source>Plan a ride first: the brief is for a planned ride.</source>
        <translation>Planifique primero un acompañamiento: la hoja de preparación es para uno planificado.</translation>
    </message>
    <message>
        <source>Pre-ride brief</source>
        <translation>Hoja de preparación</translation>
    </message>
    <message>
        <source>ride planned</source>
        <translation>acompañamiento planificado</translation>
    </message>
</context>
<context>
    <name>TrainingDialog</name>
    <message>
        <source>Record a training</source>
        <translation>Registrar una formación</translation>
    </message>
    <message>
        <source>Training title</source>
        <translation>Título de la formación</translation>
    </message>
    <message>
        <source>e.g. Discovery questions workshop</source>
        <translation>p. ej. taller de preguntas de descubrimiento</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Título</translation>
    </message>
    <message>
        <source>Training date</source>
        <translation>Fecha de la formación</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>D&amp;escription</source>
        <translation>&amp;Descripción</translation>
    </message>
    <message>
        <source>Scorecard</source>
        <translation>Ficha de observación</translation>
    </message>
    <message>
        <source>&amp;Scorecard</source>
        <translation>Fic&amp;ha de observación</translation>
    </message>
    <message>
        <source>Behaviours covered</source>
        <translation>Comportamientos tratados</translation>
    </message>
    <message>
        <source>Sellers who attended</source>
        <translation>Comerciales que asistieron</translation>
    </message>
    <message>
        <source>Who attended</source>
        <translation>Quién asistió</translation>
    </message>
    <message>
        <source>E&amp;veryone</source>
        <translation>T&amp;odos</translation>
    </message>
    <message>
        <source>Select every seller</source>
        <translation>Seleccionar a todos los comerciales</translation>
    </message>
    <message>
        <source>{behaviour} (older version)</source>
        <translation>{behaviour} (versión anterior)</translation>
    </message>
    <message>
        <source>Training not saved</source>
        <translation>Formación no guardada</translation>
    </message>
    <message>
        <source>Tick at least one behaviour the training covered: the seller&apos;s progress compares each trained behaviour before and after the training.</source>
        <translation>Marque al menos un comportamiento tratado en la formación: el progreso del/de la comercial compara cada comportamiento entrenado antes y después de la formación.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <source>Trend chart</source>
        <translation>Gráfico de tendencia</translation>
    </message>
    <message numerus="yes">
        <source>%n rated ride(s), latest {level}</source>
        <translation>
            <numerusform>%n acompañamiento valorado, último {level}</numerusform>
            <numerusform>%n acompañamientos valorados, último {level}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rated ride(s), not rated yet</source>
        <translation>
            <numerusform>%n acompañamiento valorado, aún sin valorar</numerusform>
            <numerusform>%n acompañamientos valorados, aún sin valorar</numerusform>
        </translation>
    </message>
    <message>
        <source>Trend of {behaviour}</source>
        <translation>Tendencia de {behaviour}</translation>
    </message>
    <message>
        <source>{behaviour}: {summary}</source>
        <translation>{behaviour}: {summary}</translation>
    </message>
    <message>
        <source>{behaviour}  not rated</source>
        <translation>{behaviour}  sin valorar</translation>
    </message>
    <message>
        <source>{behaviour}  {level}</source>
        <translation>{behaviour}  {level}</translation>
    </message>
    <message>
        <source>{behaviour}  not rated  (not in current version)</source>
        <translation>{behaviour}  sin valorar  (no está en la versión actual)</translation>
    </message>
    <message>
        <source>{behaviour}  {level}  (not in current version)</source>
        <translation>{behaviour}  {level}  (no está en la versión actual)</translation>
    </message>
    <message>
        <source>T</source>
        <comment>the training marker above a chart (the legend explains it)</comment>
        <translation>F</translation>
    </message>
    <message>
        <source>No ratings in this period</source>
        <translation>Sin valoraciones en este periodo</translation>
    </message>
</context>
<context>
    <name>VerificationPanel</name>
    <message>
        <source>Check each commitment from earlier rides: Applied, Partly or Not yet close it; No opportunity (or no answer) carries it over to the next ride.</source>
        <translation>Revise cada compromiso de acompañamientos anteriores: Aplicado, En parte o Todavía no lo cierran; Sin ocasión (o sin respuesta) lo pasa al siguiente acompañamiento.</translation>
    </message>
    <message>
        <source>No earlier commitment of this seller is waiting to be checked.</source>
        <translation>No hay ningún compromiso anterior de este/a comercial pendiente de revisión.</translation>
    </message>
    <message>
        <source>Verification not saved</source>
        <translation>Revisión no guardada</translation>
    </message>
    <message>
        <source>commitment checked: {answer}</source>
        <translation>compromiso revisado: {answer}</translation>
    </message>
    <message>
        <source>Answer not cleared</source>
        <translation>Respuesta no borrada</translation>
    </message>
    <message>
        <source>commitment answer cleared</source>
        <translation>respuesta del compromiso borrada</translation>
    </message>
</context>
<context>
    <name>VerificationRow</name>
    <message>
        <source>From the ride of {day} · {behaviour} · due {due}</source>
        <translation>Del acompañamiento del {day} · {behaviour} · vence el {due}</translation>
    </message>
    <message>
        <source>carried over {times}×</source>
        <translation>aplazado ×{times}</translation>
    </message>
    <message>
        <source>last checked {day}: {outcome}</source>
        <translation>última revisión el {day}: {outcome}</translation>
    </message>
    <message>
        <source>{answer}: {text}</source>
        <translation>{answer}: {text}</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Clear the answer: {text}</source>
        <translation>Borrar la respuesta: {text}</translation>
    </message>
    <message>
        <source>Evidence of follow-through: {text}</source>
        <translation>Evidencia del cumplimiento: {text}</translation>
    </message>
    <message>
        <source>What you saw today (optional)</source>
        <translation>Lo que observó hoy (opcional)</translation>
    </message>
</context>
</TS>
