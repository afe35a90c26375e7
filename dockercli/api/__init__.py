"""The thin Docker Engine API layer: no click, no printing; usable as a library.

`APIClient` sends requests; the object modules (containers, images, volumes,
networks, system) turn parameters into requests and answer decoded JSON.
"""
