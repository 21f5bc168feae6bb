"""When each revision's image was pushed: ECR push times for image tags (or digests) in the service's own account.

Push times say which build a task definition runs ("v41, pushed yesterday 16:02"). They change only when a tag is
pushed again, so answers are kept for a while; a repository we may not read (another account, no ecr permission)
costs the history its push times, never the deployment status.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .base import NotFound, ProviderError
from .ecs_aws import AwsClients
from .ecs_model import aware, cut

CACHE_S = 300.0
"""How long a push time (or its absence) is trusted before ECR is asked again."""
_ECR_IMAGE = re.compile(
    r"^(?P<account>\d{12})\.dkr\.ecr(?:-fips)?\.(?P<region>[a-z0-9-]+)\.amazonaws\.com(?:\.cn)?/"
    r"(?P<repository>[a-z0-9][a-z0-9._/-]*?)(?::(?P<tag>[\w][\w.-]{0,127}))?(?:@(?P<digest>sha256:[0-9a-f]{64}))?$"
)


@dataclass(frozen=True, slots=True)
class EcrImage:
    account: str
    region: str
    repository: str
    tag: str | None
    digest: str | None

    @property
    def image_id(self) -> dict[str, str]:
        return {"imageDigest": self.digest} if self.digest else {"imageTag": self.tag or "latest"}


def parse_ecr_image(image: str) -> EcrImage | None:
    """An ECR image reference (``ACCOUNT.dkr.ecr.REGION.amazonaws.com/REPO:TAG``); None for any other registry."""
    found = _ECR_IMAGE.match(image)
    if found is None:
        return None
    return EcrImage(found["account"], found["region"], found["repository"], found["tag"], found["digest"])


class PushTimes:
    def __init__(self, aws: AwsClients) -> None:
        self.aws = aws
        self._known: dict[EcrImage, tuple[float, datetime | None]] = {}
        self.note = ""
        """Why push times are missing (the last lookup's error), for the history's description."""

    async def lookup(self, images: Iterable[EcrImage], account: str | None) -> dict[EcrImage, datetime]:
        """Push time of each image in ``account`` (the service's); images elsewhere are not looked up."""
        now = time.monotonic()
        wanted = {i for i in images if account is not None and i.account == account}
        stale = [i for i in wanted if now - self._known.get(i, (-CACHE_S, None))[0] >= CACHE_S]
        by_repository: dict[tuple[str, str], list[EcrImage]] = {}
        for image in stale:
            by_repository.setdefault((image.region, image.repository), []).append(image)
        await asyncio.gather(*(self._fetch(group, now) for group in by_repository.values()))
        return {i: at for i in wanted if (at := self._known.get(i, (0.0, None))[1]) is not None}

    async def _fetch(self, images: list[EcrImage], now: float) -> None:
        first = images[0]
        try:
            try:
                details = await self._describe(first, [i.image_id for i in images])
            except NotFound:
                # One missing tag fails the whole call: ask per image so the others still get their time.
                details = []
                for image in images:
                    try:
                        details += await self._describe(image, [image.image_id])
                    except NotFound:
                        continue
        except ProviderError as error:
            self.note = f"image push times unavailable: {error.title}: {cut(error.message, 160)}"
            for image in images:
                self._known[image] = (now, None)
            return
        self.note = ""
        for image in images:
            self._known[image] = (now, _pushed_at(image, details))

    async def _describe(self, image: EcrImage, image_ids: list[dict[str, str]]) -> list[dict[str, Any]]:
        answer = await self.aws.call(
            "ecr", "describe_images", f"ecr repository {image.repository}", region=image.region,
            registryId=image.account, repositoryName=image.repository, imageIds=image_ids,
        )
        return list(answer.get("imageDetails", ()))


def _pushed_at(image: EcrImage, details: list[dict[str, Any]]) -> datetime | None:
    for detail in details:
        if (image.digest and detail.get("imageDigest") == image.digest) or (
            image.tag and image.tag in detail.get("imageTags", ())
        ):
            return aware(detail.get("imagePushedAt"))
    return None
