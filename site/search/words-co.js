gazetteSearch.words("co",[["coming",4],["commissioner",4],["commits",1],["community",2],["connecticut",0,2,2],["contacted",0],["cornell",2],["correction",4]]);
