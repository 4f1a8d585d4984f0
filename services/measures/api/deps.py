"""Dependencies shared by measures' routers: who may read and who may write."""

from typing import Annotated

from fastapi import Depends

from shared.auth import Caller, require_scopes

Writer = Annotated[Caller, Depends(require_scopes("measures:write"))]
Reader = Annotated[Caller, Depends(require_scopes("measures:read"))]
