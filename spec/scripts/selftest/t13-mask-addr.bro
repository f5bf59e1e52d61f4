print mask_addr(255.255.255.255, 1);
print mask_addr(255.255.255.255, 18);
