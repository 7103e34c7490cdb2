<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
Qt's own Spanish catalogue (qtbase_es.qm, shipped with PySide6) was last brought up to date for
Qt 5: the file dialog's "Look in" and "Files of type" labels and the file-type column came up in
English in a Spanish window. These are the missing strings, in our words. Qt searches its own
catalogue first (ui.translation.install loads it last), so an entry here shows only while Qt's
has none. Written by hand, not by lupdate: scripts/catalogues.py compiles every .ts in this
folder, and `update` leaves this file alone.
-->
<TS version="2.1" language="es">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Buscar en:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Archivos de &amp;tipo:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>File Folder</source>
        <translation>Carpeta de archivos</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Acceso directo</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
</context>
</TS>
